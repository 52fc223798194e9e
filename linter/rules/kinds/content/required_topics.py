"""GK108, GK401: topics a section (or the whole report) must cover, each named by words."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.core.findings import Hit, Localized
from linter.core.normalize import Compact, squeeze
from linter.core.spans import Span
from linter.model.report import ReportModel
from linter.parse.nodes import Heading
from linter.rules.context import Context
from linter.rules.kinds.patterns import compile_pattern
from linter.rules.kinds.places import report_start

KIND = "required-topics"
MESSAGES = {"default": ("topic", "topics")}
_TOPIC = {
    "type": "object",
    "additionalProperties": False,
    "required": ["name"],
    "anyOf": [{"required": ["any"]}, {"required": ["pattern"]}],
    "properties": {
        "name": {"type": "string", "minLength": 1},
        "name_en": {"type": "string", "minLength": 1},
        "any": {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}},
        "pattern": {
            "type": "string",
            "minLength": 1,
            "description": "a regular expression over the text with whitespace removed and full-width ASCII folded",
        },
    },
}
PARAMS = {
    "properties": {
        "section": {"type": "integer", "minimum": 1, "description": "where to look; the whole report when absent"},
        "topics": {"type": "array", "minItems": 1, "items": _TOPIC},
        "each": {"type": "boolean", "description": "one finding per missing topic (else one listing them)"},
        "point_at": {
            "type": "object",
            "additionalProperties": False,
            "required": ["section"],
            "properties": {
                "section": {"type": "integer", "minimum": 1},
                "subheading_words": {"type": "array", "items": {"type": "string", "minLength": 1}},
            },
        },
    },
    "required": ["topics"],
}


def prepare(params: dict, context: Context) -> dict:
    if "section" in params:
        context.section(params["section"], "section")
    if "point_at" in params:
        context.section(params["point_at"]["section"], "point_at.section")
    topics = []
    for index, topic in enumerate(params["topics"]):
        words = tuple(squeeze(w) for w in topic.get("any", ()))
        pattern = compile_pattern(topic["pattern"], f"topics[{index}].pattern") if "pattern" in topic else None
        topics.append((Localized(topic["name"], topic.get("name_en")), words, pattern))
    return {**params, "topics": topics}


def _covered(text: str, words: tuple[str, ...], pattern: re.Pattern[str] | None) -> bool:
    return any(w in text for w in words) or (pattern is not None and pattern.search(text) is not None)


def check(model: ReportModel, config: dict) -> Iterator[Hit]:
    if "section" in config:
        scope = model.section(config["section"])
        if not scope.present:
            return  # reported as missing by GK101
        text: Compact = scope.text
    else:
        text = model.text
    missing = [name for name, words, pattern in config["topics"] if not _covered(text.text, words, pattern)]
    if not missing:
        return
    where = _anchor(model, config)
    if config.get("each", False):
        for name in missing:
            yield Hit(where, {"topic": name, "topics": [name]})
    else:
        yield Hit(where, {"topic": missing[0], "topics": missing})


def _anchor(model: ReportModel, config: dict) -> Span:
    point_at = config.get("point_at") or ({"section": config["section"]} if "section" in config else None)
    if point_at is None:
        return report_start(model)
    section = model.section(point_at["section"])
    if not section.present:
        return report_start(model)
    words = [squeeze(w) for w in point_at.get("subheading_words", ())]
    for node in section.nodes:
        if isinstance(node, Heading) and any(w in squeeze(node.title) for w in words):
            return node.span
    return section.heading.span
