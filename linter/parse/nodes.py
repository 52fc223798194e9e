"""The AST: typed, immutable nodes with 1-based spans, built by ``parser.py``.

Every node keeps the original text and where it came from, so a rule can quote what
it found and point at it. Columns count characters (code points), not bytes; an end
column is the column of the last character (inclusive), as in the JSON contract.
Nodes are NamedTuples: records with no behaviour beyond a few derived properties.
"""

from collections.abc import Iterator
from typing import Literal, NamedTuple

from linter.core.record import Record
from linter.core.spans import Fragment, Span, fragments_span
from linter.parse.lines import Cell, Line

BracketStyle = Literal["full", "half", "mixed", "none"]


class Heading(NamedTuple):
    """``一、总体情况`` (level 1) or ``（一）主动公开`` (level 2)."""

    level: int
    numeral: str  # as written: "三"
    number: int  # its value: 3
    brackets: BracketStyle  # level 2 only; "none" at level 1
    marker: str  # the numbering as written, brackets and delimiter included: "(二)"
    number_span: Span
    title: str  # as written, spaces kept
    title_fragments: tuple[Fragment, ...]
    span: Span

    @property
    def title_span(self) -> Span:
        return fragments_span(self.title_fragments) if self.title_fragments else self.number_span


def _joined(node: "Paragraph | Item") -> str:
    """A paragraph's or an item's text, its lines run together."""
    return "".join(f.text for f in node.fragments)


class Paragraph(NamedTuple):
    fragments: tuple[Fragment, ...]
    span: Span
    lines: tuple[Line, ...]  # the reading of each fragment's line

    text = property(_joined)


class Item(NamedTuple):
    """A numbered item: ``1.`` ``1、`` ``（1）``."""

    label: str
    fragments: tuple[Fragment, ...]
    span: Span
    lines: tuple[Line, ...]  # the reading of each fragment's line

    text = property(_joined)


class TableRow(NamedTuple):
    cells: tuple[Fragment | Cell, ...]  # empty cells too (their text is ""); a figure's is its Cell
    layout: Literal["tab", "pipe", "space", "label"]
    span: Span
    reading: Line  # its labels and figures


class Table(NamedTuple):
    rows: tuple[TableRow, ...]
    span: Span


Block = Paragraph | Item | Table


class Section(NamedTuple):
    """A level-1 section, a level-2 subsection, or (heading None) the preamble."""

    heading: Heading | None
    blocks: tuple[Block, ...]
    subsections: "tuple[Section, ...]"
    span: Span | None

    def walk(self) -> Iterator[Heading | Block]:
        """The heading and every block below it, in document order."""
        if self.heading is not None:
            yield self.heading
        yield from self.blocks
        for sub in self.subsections:
            yield from sub.walk()


class Title(Record):
    fragments: tuple[Fragment, ...]
    span: Span

    @property
    def text(self) -> str:
        return "".join(f.text for f in self.fragments)


class Document(Record):
    title: Title | None
    preamble: Section
    sections: tuple[Section, ...]
    line_count: int
    front: tuple[Fragment, ...] = ()  # lines before the title
    artifacts: tuple[Fragment, ...] = ()  # page footers, table rules

    def walk(self) -> Iterator[Heading | Block]:
        yield from self.preamble.walk()
        for section in self.sections:
            yield from section.walk()
