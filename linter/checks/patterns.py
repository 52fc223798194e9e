"""Regular expressions that rule packs write: over folded text, checked when rules load."""

from __future__ import annotations

import re

from ..width import fold


def folded_pattern(text: str, where: str) -> re.Pattern[str]:
    """``text`` compiled for squeezed, folded report text (write （ as \\(, ，as ,); a
    ValueError naming ``where`` when it is not valid or would match everywhere."""
    try:
        pattern = re.compile(fold(text))
    except re.error as error:
        raise ValueError(f"{where}: not a valid regular expression: {error}") from None
    if pattern.search(""):
        raise ValueError(f"{where}: matches empty text, so it would match everywhere")
    return pattern
