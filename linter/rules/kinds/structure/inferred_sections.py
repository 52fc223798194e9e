"""GK110: a required section's heading is not there, but its content seems to be."""

from __future__ import annotations

from collections.abc import Iterator

from linter.core.findings import Hit
from linter.model.report import ReportModel

KIND = "inferred-section"
MESSAGES = {"default": ("numeral", "title", "found")}


def check(model: ReportModel, config: dict) -> Iterator[Hit]:
    for section in model.sections:
        if section.status == "inferred":
            args = {"numeral": section.spec.numeral, "title": section.spec.title, "found": section.heading.title}
            yield Hit(section.heading.span, args)
