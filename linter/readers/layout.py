"""The intermediate form the structured readers (Word, HTML, PDF) build, and its parts.

The lexer reads lines, so every format becomes lines: a paragraph or heading is a line
(or several, where the original breaks it); a table row is ONE line of tab-separated
cells with a cell for every column of the table's grid: a merged cell's text stands in
its first (top-left) position, "" in the others, so that columns line up down the
table. No line holds a tab or a line break of its own. Each line keeps the ``Place`` it
came from, for the ``location`` of findings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType

from linter.readers.source import Place, Source

MAX_COLUMNS = 100  # the national tables have at most 15; wider is damage, not a report

Cell = tuple[str, int, int]  # text, rowspan, colspan

_BREAKS = re.compile("[\t\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")


def clean(text: str) -> str:
    """One line's text: breaks and tabs inside it become spaces, outer space goes."""
    return _BREAKS.sub(" ", text).strip()


def join_wrapped(parts: Iterable[str]) -> str:
    """Pieces of one cell or heading wrapped over lines: CJK text joins without a space
    (``商业`` + ``企业``), words of Latin script with one."""
    joined = ""
    for part in (clean(p) for p in parts):
        if not part:
            continue
        if joined and joined[-1].isascii() and part[0].isascii() and joined[-1].isalnum() and part[0].isalnum():
            joined += " "
        joined += part
    return joined


def expand_grid(rows: Sequence[Sequence[Cell]]) -> list[list[str]]:
    """Rows of cells with spans, as HTML lays them out (a cell covered from above is not
    repeated in its row), to a full grid of ``len(rows)`` rows and equal width."""
    grid: list[list[str | None]] = [[] for _ in rows]
    for r, cells in enumerate(rows):
        column = 0
        for text, rowspan, colspan in cells:
            row = grid[r]
            while column < len(row) and row[column] is not None:
                column += 1
            if column >= MAX_COLUMNS:
                break
            colspan = min(max(1, colspan), MAX_COLUMNS - column)
            last = len(rows) if rowspan <= 0 else min(len(rows), r + rowspan)
            for below in range(r, last):
                target = grid[below]
                if len(target) < column + colspan:
                    target.extend([None] * (column + colspan - len(target)))
                for offset in range(colspan):
                    if target[column + offset] is None:
                        target[column + offset] = text if below == r and offset == 0 else ""
            column += colspan
    width = max((len(row) for row in grid), default=0)
    return [[cell or "" for cell in row] + [""] * (width - len(row)) for row in grid]


class TextBuilder:
    """Collects lines and their places, and makes the ``Source``."""

    def __init__(self) -> None:
        self._lines: list[str] = []
        self._places: list[Place] = []

    def line(self, text: str, place: Place) -> None:
        """A line of running text (nothing when it is blank)."""
        text = clean(text)
        if text:
            self._lines.append(text)
            self._places.append(place)

    def row(self, cells: Sequence[str], place: Place) -> None:
        """A table row (nothing when every cell is empty)."""
        cleaned = [clean(cell) for cell in cells]
        if any(cleaned):
            self._lines.append("\t".join(cleaned))
            self._places.append(place)

    def source(self, path: str, encoding: str, metadata: Mapping[str, str] | None = None) -> Source:
        text = "\n".join(self._lines) + ("\n" if self._lines else "")
        return Source(path, text, encoding, MappingProxyType(dict(metadata or {})), tuple(self._places))
