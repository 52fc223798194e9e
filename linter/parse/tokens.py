"""Pieces to grammar tokens: paragraph and table continuations, run-in sentences, and
the reading of each line of a paragraph or an item."""

from functools import partial

from linter.core.records import NamedTuple
from linter.core.spans import Fragment, Span
from linter.parse import lines
from linter.parse.lines import Line
from linter.parse.nodes import Heading, TableRow
from linter.parse.pieces import Piece

_ENDS_SENTENCE = frozenset("。；;:：!?…")
_READ_KINDS = frozenset({"TEXT", "TEXT_CONT", "ITEM"})
_CLOSERS = "”’」』)）》】\"' "


class LineToken(NamedTuple):
    """One grammar token: its kind and what it carries (a node or a text fragment); a
    line of a paragraph or an item carries its reading too."""

    kind: str
    payload: Fragment | Heading | TableRow
    reading: Line | None = None

    @property
    def span(self) -> Span:
        return self.payload.span


_new_token = partial(tuple.__new__, LineToken)  # a LineToken from its fields, once per line


def read_text(fragment: Fragment) -> Line:
    """The reading of a line of text (one cell)."""
    return lines.read(fragment.line, (fragment,), False, False)


def sequence(pieces: list[Piece]) -> tuple[list[LineToken], list[Fragment]]:
    """Final token kinds: paragraph and table continuations, run-in sentences."""
    tokens: list[LineToken] = []
    artifacts: list[Fragment] = []
    previous, previous_text = "", ""
    for piece in pieces:
        kind = piece.kind
        if kind == "ARTIFACT":
            artifacts.append(piece.payload)
            continue
        if kind == "JOINED":
            continue
        if kind == "TEXT" and previous in ("TEXT", "TEXT_CONT", "ITEM") and not _ends_sentence(previous_text):
            kind = "TEXT_CONT"
        elif kind == "TABLE_ROW" and previous in ("TABLE_ROW", "TABLE_ROW_CONT"):
            kind = "TABLE_ROW_CONT"
        reading = (piece.reading or read_text(piece.payload)) if kind in _READ_KINDS else None
        tokens.append(_new_token((kind, piece.payload, reading)))
        previous, previous_text = kind, piece.folded
        if piece.run_in is not None:
            tokens.append(_new_token(("TEXT", piece.run_in, read_text(piece.run_in))))
            previous, previous_text = "TEXT", piece.run_in.folded
    return tokens, artifacts


def _ends_sentence(folded: str) -> bool:
    trimmed = folded.rstrip(_CLOSERS)
    return bool(trimmed) and trimmed[-1] in _ENDS_SENTENCE
