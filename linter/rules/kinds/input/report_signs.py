"""GK002: the text shows no sign of being an annual report (or is empty)."""

from __future__ import annotations

from collections.abc import Iterator

from linter.core.findings import Hit
from linter.core.normalize import squeeze
from linter.model.report import ReportModel
from linter.rules.kinds.places import START

KIND = "report-signs"
MESSAGES = {"default": ("sections",), "empty": ()}
PARAMS = {
    "properties": {
        "title_words": {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}},
        "min_sections": {"type": "integer", "minimum": 1},
    },
    "required": ["title_words", "min_sections"],
}


def check(model: ReportModel, config: dict) -> Iterator[Hit]:
    if not model.text and not model.nodes:
        yield Hit(START, message="empty")
        return
    found = sum(1 for section in model.sections if section.status == "found")
    titled = model.title is not None and any(w in squeeze(model.title.text) for w in config["title_words"])
    if not titled and found < config["min_sections"]:
        yield Hit(START, {"sections": found})
