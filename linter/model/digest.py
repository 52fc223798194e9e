"""What the cross-report rules (GK5xx) need of a report, kept after its own check:
who and when (the organ's folded name, the year, the format), its tables' figures, and
its narrative as hashed, folded sentences with their places. Whole models are not kept,
so a run over thousands of reports stays small.

A sentence is folded so that what does not make it new is gone: whitespace and
punctuation, figures and years (every run of digits, and Chinese numerals before 年月日
or a unit), and the organ's own name (as written and in its short form).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator, Mapping
from functools import partial
from typing import NamedTuple, Protocol

from linter.core.figures import Number
from linter.core.findings import Localized
from linter.core.normalize import Compact, anchor, anchored, covered
from linter.core.spans import Span, make_fragment
from linter.model.organs import local_key, organ_key
from linter.model.report import ReportModel
from linter.model.sections import node_fragments
from linter.parse.nodes import Table

MIN_SENTENCE = 12  # folded characters: shorter sentences (labels, 是/否) are not compared
_SENTENCE_END = re.compile(r"[。！？；!?;]")
_FIGURES = re.compile(r"[0-9][0-9.,，%]*|[〇零一二三四五六七八九十百千万两]+(?=[年月日件条次个项家人份篇期])")
_PUNCTUATION = re.compile(r"[\W_]+")


class Spot(NamedTuple):
    """A place in the report as a finding shows it."""

    span: Span
    location: str  # in the file's own terms (page, table, paragraph); "" for plain text
    anchor: str  # the text there, squeezed and cut short


new_spot = partial(tuple.__new__, Spot)  # a Spot from its fields, without a Python-level __new__
Locate = Callable[[Span], str]  # a span's location in the file's own terms


class CellSpots(Mapping):
    """The Spot of each figure of a table, by (row, column), made only when a rule asks:
    most reports of a run are never paired with last year's, the only use of a cell's
    place. Kept as plain fields: each cell's line, column and text (its span, as
    ``Fragment.span``), the text its span covers (its anchor: the cell's own text, not
    its line, which on a crawler's one-line page is the whole page), and each cell's
    location where the file has its own (Word, HTML, PDF; None for plain text)."""

    __slots__ = ("_keys", "_cells", "_covered", "_locations", "_index")

    def __init__(
        self,
        keys: tuple[tuple[str, str], ...],
        cells: tuple[int | str, ...],  # line, column, text of each key's cell, one after another
        covered: tuple[str, ...],
        locations: tuple[str, ...] | None,
    ):
        self._keys, self._cells, self._covered, self._locations = keys, cells, covered, locations
        self._index: dict[tuple[str, str], int] | None = None

    def _position(self, key: tuple[str, str]) -> int | None:
        if self._index is None:
            self._index = {k: i for i, k in enumerate(self._keys)}
        return self._index.get(key)

    def __getitem__(self, key: tuple[str, str]) -> Spot:
        position = self._position(key)
        if position is None:
            raise KeyError(key)
        line, column, text = self._cells[3 * position : 3 * position + 3]
        span = make_fragment((line, column, text, "")).span
        location = self._locations[position] if self._locations is not None else ""
        return new_spot((span, location, anchored(self._covered[position])))

    def __contains__(self, key: object) -> bool:
        return self._position(key) is not None  # type: ignore[arg-type]

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def __reduce__(self):
        return CellSpots, (self._keys, self._cells, self._covered, self._locations)


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


class Digest(NamedTuple):
    path: str
    organ: str | None
    organ_key: str  # "" when no organ was read
    local_key: str  # without the higher-level places (see ``local_key``): whom it may be paired with
    year: int | None
    version: str | None
    tables: Mapping[str, TableFigures]
    sentences: tuple[Sentence, ...]
    section_titles: Mapping[int, str]


def digest(path: str, model: ReportModel, lines: list[str], locate: Locate | None) -> Digest:
    """The digest of ``model``, read from ``lines``; ``locate`` gives a span's location in
    the file (None: plain text, whose locations are all "")."""

    def place(span: Span) -> Spot:
        return new_spot((span, locate(span) if locate else "", anchor(lines, span)))

    key = organ_key(model.organ or "")
    names = [name for name in (model.organ, key, local_key(key)) if name]
    return Digest(
        path=path,
        organ=model.organ,
        organ_key=key,
        local_key=local_key(key),
        year=model.report_year,
        version=model.format_version,
        tables={reading.name: _figures(reading, lines, locate, place) for reading in model.tables},
        sentences=tuple(_sentences(model, names, place)),
        section_titles={s.spec.number: s.spec.title for s in model.sections},
    )


class Passages(Protocol):
    """Which reports of the run have each folded sentence."""

    def other(self, sentence: Sentence, organ: str) -> str | None:
        """The first report of another organ than ``organ`` (a ``local_key``: names that
        may be one organ's count as one) with the same sentence, or None."""


class Comparison(NamedTuple):
    """What a cross-report rule is given: this report, last year's of the same organ
    (None when the run has none), and the sentences of every report of the run."""

    report: Digest
    previous: Digest | None
    passages: Passages


def fold_sentence(text: str, organ_names: list[str]) -> str:
    """A sentence without what does not make it new: the organ's name, figures, punctuation."""
    for name in organ_names:
        text = text.replace(name, "@")
    return _PUNCTUATION.sub("", _FIGURES.sub("#", text))


def _figures(reading, lines: list[str], locate: Locate | None, place: Callable[[Span], Spot]) -> TableFigures:
    values = reading.values()
    keys = tuple(values)  # each a cell of a row
    fragments = [reading.rows[row].cells[column].fragment for row, column in keys]
    return TableFigures(
        name=reading.name,
        title=reading.title,
        version=reading.version,
        confident=reading.confident,
        values=values,
        spots=CellSpots(
            keys,
            tuple(field for f in fragments for field in (f.line, f.column, f.text)),
            tuple(covered(lines, f.span) for f in fragments),
            tuple(locate(f.span) for f in fragments) if locate else None,
        ),
        row_names={row.key: row.name for row in reading.rows.values()},
        span=place(reading.span),
    )


def _sentences(model: ReportModel, organ_names: list[str], place: Callable[[Span], Spot]) -> Iterator[Sentence]:
    for section in model.sections:
        if not section.present:
            continue
        text = Compact.of(f for node in section.nodes if not isinstance(node, Table) for f in node_fragments(node))
        start = 0
        for end in [m.end() for m in _SENTENCE_END.finditer(text.text)] + [len(text.text)]:
            folded = fold_sentence(text.text[start:end], organ_names)
            if len(folded) >= MIN_SENTENCE:
                hashed = hashlib.blake2b(folded.encode(), digest_size=8).digest()
                yield Sentence(hashed, len(folded), section.spec.number, place(text.span(start, end)))
            start = end
