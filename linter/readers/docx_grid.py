"""Word table grids finer than their cells: the grid columns that can hold text."""

from __future__ import annotations

from typing import Any

from linter.readers.docx_numbering import W, integer
from linter.readers.layout import Cell

MIN_COLUMN_TWIPS = 20  # a grid column narrower (1/72 inch) holds no text: an artifact of the grid


def text_columns(table: Any, rows: list[list[Cell]]) -> list[int]:
    """The grid columns text can be in. A grid finer than the cells (as LibreOffice
    writes one when cell widths do not line up) has columns that start no cell, or a
    sliver of one twip: left in, they would shift the columns of the rows crossing them."""
    starts: set[int] = set()
    for cells in rows:
        column = 0
        for _text, _rows, span in cells:
            starts.add(column)
            column += span
    grid = table.find(W + "tblGrid")
    widths = [integer(c.get(W + "w"), MIN_COLUMN_TWIPS) for c in grid.iter(W + "gridCol")] if grid is not None else []
    return [c for c in sorted(starts) if c >= len(widths) or widths[c] >= MIN_COLUMN_TWIPS]


def collapsed(cells: list[str], kept: list[int]) -> list[str]:
    """A row's grid cells in the ``kept`` columns; the text of a cell starting in a
    column left out moves to the next column kept (which its cell covers)."""
    keep, out, carried = set(kept), [], ""
    for column, text in enumerate(cells):
        if column in keep:
            out.append(text or carried)
            carried = ""
        else:
            carried = carried or text
    return out
