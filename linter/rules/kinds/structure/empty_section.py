"""GK107: a required section is present but says nothing (no text, no table)."""

from __future__ import annotations

from collections.abc import Iterator

from linter.core.findings import Hit
from linter.core.normalize import squeeze
from linter.model.report import ReportModel
from linter.parse.nodes import Heading, Paragraph
from linter.rules.context import Context

KIND = "empty-section"
MESSAGES = {"default": ("numeral", "title")}
PARAMS = {
    "properties": {
        "trivial_texts": {"type": "array", "items": {"type": "string"}},
        "trivial_in_sections": {"type": "array", "items": {"type": "integer", "minimum": 1}},
    },
    "required": ["trivial_texts", "trivial_in_sections"],
}


def prepare(params: dict, context: Context) -> dict:
    for index, number in enumerate(params["trivial_in_sections"]):
        context.section(number, f"trivial_in_sections[{index}]")
    return params


def check(model: ReportModel, config: dict) -> Iterator[Hit]:
    trivial = {squeeze(t) for t in config["trivial_texts"]}
    for section in model.sections:
        if not section.present:
            continue
        content = [n for n in section.nodes if not isinstance(n, Heading)]
        if not content or (section.spec.number in config["trivial_in_sections"] and _only(content, trivial)):
            yield Hit(section.heading.span, {"numeral": section.spec.numeral, "title": section.spec.title})


def _only(content: list, trivial: set[str]) -> bool:
    """Whether the content is one paragraph saying only something like “无”."""
    return len(content) == 1 and isinstance(content[0], Paragraph) and squeeze(content[0].text).rstrip("。.") in trivial
