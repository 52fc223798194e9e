"""Regular expressions in rule params: compiled and sanity-checked when rules load."""

from __future__ import annotations

import re

from linter.core.width import fold


def compile_pattern(source: str, field: str) -> re.Pattern[str]:
    """A pattern over squeezed text (whitespace removed, full-width ASCII folded, so it is
    folded too); a ValueError naming ``field`` when it is wrong or matches empty text."""
    try:
        pattern = re.compile(fold(source))
    except re.error as error:
        raise ValueError(f"{field}: not a valid regular expression: {error}") from None
    if pattern.search(""):
        raise ValueError(f"{field}: matches empty text, so it would match everywhere")
    return pattern
