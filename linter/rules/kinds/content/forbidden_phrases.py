"""GK109 and rule packs: phrases that should not be in a report, with the reason (and a replacement)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.core.findings import Hit, Localized
from linter.model.report import ReportModel
from linter.rules.context import Context
from linter.rules.kinds.patterns import compile_pattern

KIND = "forbidden-phrases"
MESSAGES = {key: ("found", "reason", "replacement") for key in ("default", "replace")}
_TEXT = {
    "type": "object",
    "additionalProperties": False,
    "required": ["zh"],
    "properties": {"zh": {"type": "string", "minLength": 1}, "en": {"type": "string", "minLength": 1}},
}
PARAMS = {
    "properties": {
        "phrases": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["pattern", "reason"],
                "properties": {
                    "pattern": {
                        "type": "string",
                        "minLength": 1,
                        "description": "a regular expression over the text with whitespace removed and "
                        "full-width ASCII folded to half-width (write （ as \\(, ，as ,)",
                    },
                    "reason": _TEXT,
                    "replacement": {"type": "string"},
                },
            },
        },
    },
    "required": ["phrases"],
}


def prepare(params: dict, context: Context) -> list[tuple[re.Pattern[str], Localized, str | None]]:
    phrases = []
    for index, phrase in enumerate(params["phrases"]):
        pattern = compile_pattern(phrase["pattern"], f"phrases[{index}].pattern")
        reason = Localized.of(phrase["reason"])
        phrases.append((pattern, reason, phrase.get("replacement")))
    return phrases


def check(model: ReportModel, config: list) -> Iterator[Hit]:
    text = model.text
    for pattern, reason, replacement in config:
        for match in pattern.finditer(text.text):
            args = {"found": match.group(), "reason": reason, "replacement": replacement or ""}
            yield Hit(text.span(match.start(), match.end()), args, message="replace" if replacement else "default")
