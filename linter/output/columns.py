"""Text in aligned columns as a terminal shows it: CJK characters take two cells."""

from __future__ import annotations

import unicodedata


def display_width(text: str) -> int:
    """The cells ``text`` takes on a terminal: two for wide and full-width characters."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def aligned(rows: list[tuple[str, ...]], right: frozenset[int] = frozenset()) -> list[str]:
    """Each row with its cells padded to the widest of their column, two spaces apart;
    columns in ``right`` aligned to the right. The last column is not padded."""
    if not rows:
        return []
    widths = [max(display_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = []
        for i, cell in enumerate(row):
            pad = " " * (widths[i] - display_width(cell))
            last = i == len(row) - 1
            cells.append(pad + cell if i in right else cell if last else cell + pad)
        lines.append("  ".join(cells).rstrip())
    return lines
