"""GK101: one of the six required sections is absent."""

from __future__ import annotations

from collections.abc import Iterator

from linter.core.findings import Hit
from linter.model.report import ReportModel
from linter.rules.kinds.places import report_end

KIND = "required-sections"
MESSAGES = {"default": ("numeral", "title")}


def check(model: ReportModel, config: dict) -> Iterator[Hit]:
    for section in model.sections:
        if section.present:
            continue
        later = [s for s in model.sections if s.present and s.spec.number > section.spec.number]
        where = min((s.heading.span for s in later), key=lambda span: (span.line, span.column), default=None)
        yield Hit(where or report_end(model), {"numeral": section.spec.numeral, "title": section.spec.title})
