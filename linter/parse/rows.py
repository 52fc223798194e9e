"""Table rows as the lexer finds them: tab-, pipe- or space-separated cells, a label on
its own, or words followed by figures; each row read once (``lines.read``)."""

from __future__ import annotations

import re
from functools import partial

from linter.core.figures import is_figure
from linter.core.normalize import unspaced
from linter.core.spans import Fragment, Span, make_fragment, make_span
from linter.parse import lines
from linter.parse.lines import Line
from linter.parse.nodes import TableRow
from linter.parse.pieces import Piece

_CELL_GAP = re.compile(r"\s{2,}")
_SENTENCE_END = re.compile(r"[。；;!?]")
MAX_LABEL = 40  # longer words before the figures are a sentence, not a label
# Constructors from all the fields, for a value per row (see ``spans.make_fragment``).
_new_row = partial(tuple.__new__, TableRow)


def tab_row(line: int, column: int, text: str, folded: str) -> TableRow | None:
    """A row of tab-separated cells (empty ones kept) in ``text`` (and ``folded``), which
    starts at ``column`` of ``line``; None when fewer than two cells have text."""
    cells, reading = lines.read_split(line, column, text, folded, "\t", 0, len(text))
    first, last = 0, len(cells) - 1  # the first and the last cell with text
    while first < last and not cells[first].text:
        first += 1
    while last > first and not cells[last].text:
        last -= 1
    if last == first:
        return None
    start, end = cells[first], cells[last]  # on this line: from the first to the last character of text
    return _new_row((cells, "tab", make_span((line, start.column, line, end.column + len(end.text) - 1)), reading))


def pipe_row(piece: Piece) -> TableRow:
    cells, reading = lines.read_split(piece.line, piece.column, piece.text, piece.folded, "|", 1, len(piece.text) - 1)
    return TableRow(cells, "pipe", piece.fragment().span, reading)


def space_row(piece: Piece) -> TableRow | None:
    """A row of a table laid out with spaces (``pdftotext -layout``), or None."""
    folded = piece.folded
    parts = _CELL_GAP.split(folded)
    if len(parts) < 2 and not is_figure(folded[:1]):
        return None
    if len(parts) < 2:
        words = folded.split()
        return _row(_cells(piece, words), "space") if len(words) >= 3 and all(map(is_figure, words)) else None
    words = [p for p in parts if not is_figure(p)]
    if any(_SENTENCE_END.search(w) for w in words):
        return None
    has_number = len(words) < len(parts)
    if (has_number and all(len(unspaced(w)) <= 40 for w in words)) or (all(len(unspaced(p)) <= 12 for p in parts)):
        return _row(_cells(piece, parts), "space")
    return None


def label_row(piece: Piece) -> TableRow:
    """A numbered application-table label on a line of its own."""
    fragment = piece.fragment()
    return TableRow((fragment,), "label", fragment.span, lines.read(fragment.line, (fragment,), False, True))


def word_row(reading: Line) -> TableRow | None:
    """A line of text that reads as a table row (``行政许可 12``): short label words
    without a sentence's punctuation, then figures only; None for anything else."""
    if (
        not reading.labels
        or not reading.figures
        or reading.narrative
        or len(reading.label) > MAX_LABEL
        or any(cell.kind == "text" for cell in reading.figures)
    ):
        return None
    cells = (*reading.labels, *(cell.fragment for cell in reading.figures))
    return TableRow(cells, "space", reading.span, reading._replace(tabular=True))


def _cells(piece: Piece, parts: list[str]) -> list[Fragment]:
    """Cells for ``parts`` of a piece's folded text, found left to right."""
    cells: list[Fragment] = []
    position = 0
    folded, text, line, column = piece.folded, piece.text, piece.line, piece.column
    for part in parts:
        start = folded.index(part, position)
        position = start + len(part)
        cells.append(make_fragment((line, column + start, text[start:position], part)))
    return cells


def _row(cells: list[Fragment], layout: str) -> TableRow:
    filled = [c for c in cells if c.text] or cells
    span = Span.cover(filled[0].span, filled[-1].span)
    found = tuple(cells)
    return TableRow(found, layout, span, lines.read(span.line, found, False, True))
