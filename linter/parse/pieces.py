"""A line, or a part of one, while the lexer classifies it."""

from __future__ import annotations

from linter.core.spans import Fragment, make_fragment
from linter.parse.lines import Line
from linter.parse.nodes import Heading, TableRow


class Piece:
    """Where a piece stands, its original and folded text, and what it was found to be."""

    __slots__ = ("line", "column", "text", "folded", "kind", "payload", "run_in", "reading")

    def __init__(self, line: int, column: int, text: str, folded: str, kind: str = "", payload=None):
        self.line = line
        self.column = column  # 1-based column of text[0] in the physical line
        self.text = text  # original characters, no surrounding whitespace
        self.folded = folded  # the same, folded (same length): what patterns match
        self.kind = kind
        self.payload: Fragment | Heading | TableRow | None = payload
        self.run_in: Fragment | None = None  # a sentence after a heading on the same line
        self.reading: Line | None = None  # a text piece's reading, when the lexer needed it

    def fragment(self, start: int = 0, end: int | None = None) -> Fragment:
        """The original text in ``[start:end)`` without surrounding whitespace."""
        if not start and end is None and not self.folded[:1].isspace() and not self.folded[-1:].isspace():
            return make_fragment((self.line, self.column, self.text, self.folded))  # most pieces: all of it
        left, right = _strip_bounds(self.folded, start, len(self.folded) if end is None else end)
        return make_fragment((self.line, self.column + left, self.text[left:right], self.folded[left:right]))

    def sub(self, start: int, end: int) -> Piece:
        left, right = _strip_bounds(self.folded, start, end)
        return Piece(self.line, self.column + left, self.text[left:right], self.folded[left:right])

    def as_text(self, kind: str = "TEXT") -> None:
        self.kind, self.payload, self.run_in, self.reading = kind, self.fragment(), None, None

    def as_row(self, row: TableRow) -> None:
        self.kind, self.payload, self.run_in, self.reading = "TABLE_ROW", row, None, None


def _strip_bounds(folded: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` narrowed to exclude surrounding whitespace."""
    segment = folded[start:end]
    if segment and not segment[0].isspace() and not segment[-1].isspace():
        return start, end
    stripped = segment.lstrip()
    if not stripped:
        return start, start
    return start + len(segment) - len(stripped), start + len(segment.rstrip())
