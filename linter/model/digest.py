"""What the cross-report rules (GK5xx) need of a report, kept after its own check:
who and when (the organ's folded name, the year, the format), its tables' figures, and
its narrative as hashed, folded sentences with their places. Whole models are not kept,
so a run over thousands of reports stays small; and what is kept stays plain fields
until a rule reads it (``digest_parts``).

A sentence is folded so that what does not make it new is gone: whitespace and
punctuation, figures and years (every run of digits, and Chinese numerals before 年月日
or a unit), and the organ's own name (as written and in its short form).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import NamedTuple, Protocol

from linter.core.normalize import Compact, anchor
from linter.model.digest_parts import Locate, Sentence, Sentences, TableFigures, Tables, new_spot, table_fields
from linter.model.organs import local_key, organ_key
from linter.model.report import ReportModel
from linter.model.sections import node_fragments
from linter.parse.nodes import Table

MIN_SENTENCE = 12  # folded characters: shorter sentences (labels, 是/否) are not compared
_SENTENCE_END = re.compile(r"[。！？；!?;]")
_FIGURES = re.compile(r"[0-9][0-9.,，%]*|[〇零一二三四五六七八九十百千万两]+(?=[年月日件条次个项家人份篇期])")
_PUNCTUATION = re.compile(r"[^\w\n]+")  # \W (and then _), but not the line breaks between sentences
_BETWEEN = "\n"  # between sentences folded at once: a compact text has no whitespace


class Digest(NamedTuple):
    path: str
    organ: str | None
    organ_key: str  # "" when no organ was read
    local_key: str  # without the higher-level places (see ``local_key``): whom it may be paired with
    year: int | None
    version: str | None
    tables: Mapping[str, TableFigures]
    sentences: Sequence[Sentence]
    section_titles: Mapping[int, str]


def digest(path: str, model: ReportModel, lines: list[str], locate: Locate | None) -> Digest:
    """The digest of ``model``, read from ``lines``; ``locate`` gives a span's location in
    the file (None: plain text, whose locations are all "")."""
    key = organ_key(model.organ or "")
    names = [name for name in (model.organ, key, local_key(key)) if name]
    tables = []
    for reading in model.tables:
        start = new_spot((reading.span, locate(reading.span) if locate else "", anchor(lines, reading.span)))
        tables.append(table_fields(reading, lines, locate, start))
    return Digest(
        path=path,
        organ=model.organ,
        organ_key=key,
        local_key=local_key(key),
        year=model.report_year,
        version=model.format_version,
        tables=Tables(tuple(tables)),
        sentences=Sentences(tuple(_sentences(model, names, lines, locate))),
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


def fold_sentences(texts: list[str], organ_names: list[str]) -> list[str]:
    """Each sentence without what does not make it new: the organ's name, figures,
    punctuation; all folded at once, joined by a line break that none of them has."""
    text = _BETWEEN.join(texts)
    for name in organ_names:
        if _BETWEEN not in name:  # a name with whitespace is in no compact text
            text = text.replace(name, "@")
    return _PUNCTUATION.sub("", _FIGURES.sub("#", text)).replace("_", "").split(_BETWEEN)


def _sentences(model: ReportModel, organ_names: list[str], lines: list[str], locate: Locate | None) -> Iterator:
    """Each sentence's fields, one after another (``Sentences``)."""
    pieces: list[tuple[Compact, int, int, int]] = []  # (its section's text, its number, start, end)
    for section in model.sections:
        if not section.present:
            continue
        text = Compact.of(f for node in section.nodes if not isinstance(node, Table) for f in node_fragments(node))
        start = 0
        for end in [m.end() for m in _SENTENCE_END.finditer(text.text)] + [len(text.text)]:
            pieces.append((text, section.spec.number, start, end))
            start = end
    folds = fold_sentences([text.text[start:end] for text, _, start, end in pieces], organ_names)
    for (text, number, start, end), folded in zip(pieces, folds):
        if len(folded) >= MIN_SENTENCE:
            span = text.span(start, end)
            yield hashlib.blake2b(folded.encode(), digest_size=8).digest()
            yield from (len(folded), number, *span)
            yield from (locate(span) if locate else "", anchor(lines, span))
