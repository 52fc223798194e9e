"""A digest's tables and sentences kept as plain fields (``linter.model.digest_parts``):
what a rule reads of them, after the trip through a pickle, is what the report's own
model says — every figure, every cell's place (span, location, anchor), every row name."""

from __future__ import annotations

import pickle

import pytest

from linter.core.normalize import anchor
from linter.model import digest as digest_module
from linter.model.digest_parts import Spot, Tables
from linter.run.session import CommandLine, Session

from .helpers import CORPUS, SAMPLES, needs_corpus


def _digested(path, monkeypatch) -> list[tuple]:
    """(model, lines, locate, digest come back from its pickle) of each digest the check of ``path`` makes."""
    made = []
    real = digest_module.digest

    def kept(path, model, lines, locate):
        digest = real(path, model, lines, locate)
        made.append((model, lines, locate, pickle.loads(pickle.dumps(digest))))
        return digest

    monkeypatch.setattr(digest_module, "digest", kept)
    session = Session(CommandLine())
    session.collect = lambda linter, packed: None
    session.check(path)
    return made


def _expected_spot(lines, locate, span) -> Spot:
    return Spot(span, locate(span) if locate else "", anchor(lines, span))


def _reports() -> list:
    found = sorted(SAMPLES.glob("*.txt"))
    if CORPUS.is_dir():
        found += [CORPUS / "2023-shuyang-fgj.html", CORPUS / "2020-dongan-district.txt"]
    return found


@pytest.mark.parametrize("path", _reports(), ids=lambda p: p.name)
def test_every_figure_and_place_of_a_table_is_the_models(path, monkeypatch):
    ((model, lines, locate, digest),) = _digested(path, monkeypatch)
    assert isinstance(digest.tables, Tables)
    assert list(digest.tables) == [reading.name for reading in model.tables]
    for reading in model.tables:
        table = digest.tables[reading.name]
        assert (table.title, table.version, table.confident) == (reading.title, reading.version, reading.confident)
        assert table.values == reading.values()
        assert dict(table.row_names) == {row.key: row.name for row in reading.rows.values()}
        assert table.span == _expected_spot(lines, locate, reading.span)
        assert list(table.spots) == list(reading.values())
        for row, column in reading.values():
            cell = reading.rows[row].cells[column]
            assert table.spots[(row, column)] == _expected_spot(lines, locate, cell.fragment.span)
        assert ("no such row", "no such column") not in table.spots


@needs_corpus
def test_a_located_report_keeps_each_cells_location(monkeypatch):
    ((_, _, locate, digest),) = _digested(CORPUS / "2023-shuyang-fgj.html", monkeypatch)
    assert locate is not None
    cells = [spot for table in digest.tables.values() for spot in table.spots.values()]
    assert cells and all("表格" in spot.location for spot in cells)


@pytest.mark.parametrize("path", _reports(), ids=lambda p: p.name)
def test_sentences_come_back_whole_and_their_hashes_with_them(path, monkeypatch):
    ((_, lines, locate, digest),) = _digested(path, monkeypatch)
    assert len(digest.sentences) > 5
    assert digest.sentences.hashes() == {s.digest for s in digest.sentences}
    for sentence in digest.sentences:
        assert sentence.spot == _expected_spot(lines, locate, sentence.spot.span)
        assert sentence.length >= digest_module.MIN_SENTENCE


def test_a_blank_cell_is_placed_at_what_its_span_covers():
    from linter.core.spans import Fragment
    from linter.model.digest_parts import _covers

    lines = ["本年新收 5  ", "x"]
    assert _covers(lines, Fragment(1, 6, "5", "5")) is None  # its own text: kept once
    assert _covers(lines, Fragment(1, 8, "", "")) == " "  # blank: the character its span covers
    assert _covers(lines, Fragment(1, 20, "", "")) == ""  # past the line's end
    assert _covers(lines, Fragment(9, 1, "5", "5")) == ""  # past the last line, as ``covered``


def test_sentences_folded_at_once_are_each_folded_alone():
    import re

    def alone(text: str, names: list[str]) -> str:  # the fold of one sentence, as it was defined
        for name in names:
            text = text.replace(name, "@")
        return re.sub(r"[\W_]+", "", digest_module._FIGURES.sub("#", text))

    sentences = ["青禾县教育局2023年共收到申请12件。", "十二件__以上；", "五年", "", "青禾县 教育局说", "a_b，c"]
    names = ["青禾县教育局", "青禾县", "青禾县 教育局"]
    assert digest_module.fold_sentences(sentences, names) == [alone(s, names[:2]) for s in sentences]
    assert digest_module.fold_sentences(sentences, names)[:2] == [
        "年共收到申请件",
        "件以上",
    ]  # "@" and "#" are punctuation too
