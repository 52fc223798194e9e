"""The parts of a digest (``linter.model.digest``) as the cross-report rules read them,
kept as plain fields (tuples of text and numbers) until a rule reads them: a worker
makes and pickles those at C speed, and most of a run's reports are never read in full
(only the reports paired with last year's have their tables read, and only the cells
and sentences of a finding have their places made).
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import partial
from typing import NamedTuple

from linter.core.figures import Number
from linter.core.findings import Localized
from linter.core.normalize import anchored
from linter.core.spans import Span, make_fragment

new_span = partial(tuple.__new__, Span)  # a Span from its fields, without a Python-level __new__


class Spot(NamedTuple):
    """A place in the report as a finding shows it."""

    span: Span
    location: str  # in the file's own terms (page, table, paragraph); "" for plain text
    anchor: str  # the text there, squeezed and cut short


new_spot = partial(tuple.__new__, Spot)  # a Spot from its fields, without a Python-level __new__
Locate = Callable[[Span], str]  # a span's location in the file's own terms


CELL = 7  # fields of a cell in a digest's table: row, column, value, line, column, text, covered


class CellSpots(Mapping):
    """The Spot of each figure of a table, by (row, column), made only when a rule asks:
    most reports of a run are never paired with last year's, the only use of a cell's
    place. Kept as the digest's plain fields (``CELL`` a cell): its line, column and text
    (its span, as ``Fragment.span``), the text its span covers when that is not its text
    (its anchor: the cell's own text, not its line, which on a crawler's one-line page
    is the whole page), and each cell's location where the file has its own (Word,
    HTML, PDF; None for plain text)."""

    __slots__ = ("_cells", "_locations", "_index")

    def __init__(self, cells: tuple, locations: tuple[str, ...] | None):
        self._cells, self._locations = cells, locations
        self._index: dict[tuple[str, str], int] | None = None

    def _position(self, key: tuple[str, str]) -> int | None:
        if self._index is None:
            self._index = {key: i for i, key in enumerate(self)}
        return self._index.get(key)

    def __getitem__(self, key: tuple[str, str]) -> Spot:
        position = self._position(key)
        if position is None:
            raise KeyError(key)
        line, column, text, covers = self._cells[CELL * position + 3 : CELL * position + CELL]
        span = make_fragment((line, column, text, "")).span
        location = self._locations[position] if self._locations is not None else ""
        return new_spot((span, location, anchored(text if covers is None else covers)))

    def __contains__(self, key: object) -> bool:
        return self._position(key) is not None  # type: ignore[arg-type]

    def __iter__(self) -> Iterator[tuple[str, str]]:
        cells = self._cells
        return zip(cells[0::CELL], cells[1::CELL])

    def __len__(self) -> int:
        return len(self._cells) // CELL


class TableFigures(NamedTuple):
    name: str
    title: Localized
    version: str | None
    confident: bool
    values: Mapping[tuple[str, str], Number]  # (row, column) → figure, as TableReading.values
    spots: Mapping[tuple[str, str], Spot]
    row_names: Mapping[str, Localized]
    span: Spot  # where the table begins


class Sentence(NamedTuple):
    digest: bytes  # of the folded sentence
    length: int  # folded characters
    section: int | None  # the required section it is in; None before the first
    spot: Spot


new_sentence = partial(tuple.__new__, Sentence)
SENTENCE = 9  # fields of a sentence in a digest: digest, length, section, span (4), location, anchor


class Sentences(Sequence):
    """A digest's sentences, kept as ``SENTENCE`` plain fields each, made ``Sentence``s
    when first read."""

    __slots__ = ("fields", "_made")

    def __init__(self, fields: tuple):
        self.fields = fields
        self._made: tuple[Sentence, ...] | None = None

    def _sentences(self) -> tuple[Sentence, ...]:
        if self._made is None:
            f = self.fields
            self._made = tuple(
                new_sentence((f[i], f[i + 1], f[i + 2], new_spot((new_span(f[i + 3 : i + 7]), f[i + 7], f[i + 8]))))
                for i in range(0, len(f), SENTENCE)
            )
        return self._made

    def hashes(self) -> frozenset[bytes]:
        return frozenset(self.fields[0::SENTENCE])

    def __getitem__(self, index):  # type: ignore[override]
        return self._sentences()[index]

    def __iter__(self) -> Iterator[Sentence]:
        return iter(self._sentences())

    def __len__(self) -> int:
        return len(self.fields) // SENTENCE

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and tuple(self) == tuple(other)

    def __reduce__(self):
        return Sentences, (self.fields,)


class Tables(Mapping):
    """A digest's tables by name, each kept as plain fields (see ``table_fields``) and
    made a ``TableFigures`` when first read. Pickled, the fields are a pickle of their
    own, unpickled only when read: most reports of a run have no report of last year's
    to compare their figures with, and their findings (if any) are about sentences."""

    __slots__ = ("_fields", "_body", "_made")

    def __init__(self, fields: tuple | None = None, body: bytes | None = None):
        self._fields, self._body = fields, body  # one tuple a table; or their pickle
        self._made: dict[str, TableFigures] | None = None

    def _tables(self) -> dict[str, TableFigures]:
        if self._made is None:
            if self._fields is None:
                self._fields = pickle.loads(self._body)  # made by pickling a Tables: see __reduce__
            self._made = {fields[0]: _table(fields) for fields in self._fields}
        return self._made

    def __getitem__(self, name: str) -> TableFigures:
        return self._tables()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._tables())

    def __len__(self) -> int:
        return len(self._tables())

    def __reduce__(self):
        body = self._body if self._fields is None else pickle.dumps(self._fields, protocol=pickle.HIGHEST_PROTOCOL)
        return Tables, (None, body)


def table_fields(reading, lines: list[str], locate: Locate | None, start: Spot) -> tuple:
    """A table reading as plain fields: its name, title, version, confidence, where it
    begins, its rows' keys and names, its cells (``CELL`` fields each: those with a value,
    as ``TableReading.values``) and their locations (None for plain text)."""
    cells: list = []
    valued = []  # the cells with a value
    count, kinds = len(lines), reading.valued_kinds()
    for key, row in reading.rows.items():
        for column, cell in row.cells.items():
            line, at, text, _, value, kind = cell
            if kind not in kinds:
                continue
            if kind != "number":
                value = 0  # as ``TableReading.value``
            if text and line <= count and lines[line - 1].startswith(text, at - 1):  # nearly every cell
                cells += (key, column, value, line, at, text, None)
            else:
                cells += (key, column, value, line, at, text, _covers(lines, cell))
            valued.append(cell)
    rows = reading.rows.values()
    return (
        reading.name,
        reading.title.zh,
        reading.title.en,
        reading.version,
        reading.confident,
        (*start.span, start.location, start.anchor),
        tuple(row.key for row in rows),
        tuple(row.name.zh for row in rows),
        tuple(row.name.en for row in rows),
        tuple(cells),
        tuple(locate(cell.span) for cell in valued) if locate else None,
    )


def _covers(lines: list[str], fragment) -> str | None:
    """The text a cell's span covers (``covered``), None where that is its own text (as
    nearly always: the span of a fragment of one line with text covers just its text)."""
    text, index, start = fragment.text, fragment.line - 1, fragment.column - 1
    if index >= len(lines):
        return ""
    line = lines[index]
    if text and line.startswith(text, start):
        return None
    return line[start : start + max(len(text), 1)]


def _table(fields: tuple) -> TableFigures:
    name, title_zh, title_en, version, confident, start, keys, names_zh, names_en, cells, locations = fields
    return TableFigures(
        name=name,
        title=Localized(title_zh, title_en),
        version=version,
        confident=confident,
        values={(cells[i], cells[i + 1]): cells[i + 2] for i in range(0, len(cells), CELL)},
        spots=CellSpots(cells, locations),
        row_names={key: Localized(zh, en) for key, zh, en in zip(keys, names_zh, names_en)},
        span=new_spot((new_span(start[:4]), start[4], start[5])),
    )
