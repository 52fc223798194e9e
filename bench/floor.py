"""The single-pass floor: the least any lexer must do with a report's lines, one fold
and one classification pattern a line. ``run.py`` gives the linter's time as a
multiple of it."""

from __future__ import annotations

import re

from linter.core.width import fold

_KIND = re.compile(
    r"(?P<h1>[一二三四五六七八九十]{1,3}[、,.])|(?P<h2>\([一二三四五六七八九十]{1,3}\))|(?P<item>\d{1,2}[.、]|\(\d{1,2}\))"
)


def single_pass(lines: list[str]) -> list[str | None]:
    """Each line's kind: h1, h2, item, row, or None for text and blank lines."""
    kinds: list[str | None] = []
    for line in lines:
        folded = fold(line).strip()
        if match := _KIND.match(folded):
            kinds.append(match.lastgroup)
        else:
            kinds.append("row" if "\t" in folded or "|" in folded or "  " in folded else None)
    return kinds
