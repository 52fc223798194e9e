"""GK104: a required section's heading differs from the mandated wording."""

from __future__ import annotations

from collections.abc import Iterator

from linter.core.findings import Fix, Hit
from linter.core.normalize import squeeze
from linter.model.report import ReportModel

KIND = "heading-wording"
FIXABLE = True  # its hits carry a Fix (--fix makes it)
MESSAGES = {key: ("found", "expected") for key in ("default", "variant")}


def check(model: ReportModel, config: dict) -> Iterator[Hit]:
    for section in model.sections:
        if section.status != "found":
            continue
        heading, spec = section.heading, section.spec
        found = squeeze(heading.title)
        if found == spec.wordings[0]:
            continue
        fix = None
        if len(heading.title_fragments) == 1:
            fix = Fix(heading.title_span, spec.title)
        message = "variant" if found in spec.wordings else "default"
        yield Hit(heading.title_span, {"found": heading.title, "expected": spec.title}, message=message, fix=fix)
