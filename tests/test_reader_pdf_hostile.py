"""PDFs built to hang pdfminer or exhaust memory give GK001 within seconds and bounded
memory; a large grid is read without recomputing table boxes per character."""

from __future__ import annotations

import pytest

from linter.readers.source import Source, Unreadable

from . import hostile

pytest.importorskip("pdfplumber")


def read(tmp_path, data: bytes):
    return hostile.read_as(tmp_path, ".pdf", data)


def test_a_reference_cycle_is_damage_not_a_hang(tmp_path):
    result = read(tmp_path, hostile.reference_loop())
    assert isinstance(result, Unreadable) and result.reason == "damaged"
    assert "cycle" in result.detail


def test_a_stream_inflating_beyond_the_bound_is_refused_without_inflating_it(tmp_path, monkeypatch):
    from linter.readers import pdf_limits

    monkeypatch.setattr(pdf_limits, "MAX_STREAM", 8 << 20)
    result, peak = hostile.read_with_peak(tmp_path, ".pdf", hostile.flate_bomb(inflated=48 << 20))
    assert isinstance(result, Unreadable) and result.reason == "zip-bomb"
    assert peak < 16 << 20


def test_too_many_pages_are_refused_from_the_page_tree_before_any_page_is_made(tmp_path, monkeypatch):
    from pdfminer.pdfpage import PDFPage

    made = []
    original = PDFPage.__init__

    def counting(self, *args, **kwargs):
        made.append(1)
        original(self, *args, **kwargs)

    monkeypatch.setattr(PDFPage, "__init__", counting)
    result = read(tmp_path, hostile.many_pages(1200))
    assert isinstance(result, Unreadable) and (result.reason, result.detail) == ("too-many-pages", "1200 > 500")
    assert made == []


def test_a_page_drawing_too_many_cells_is_too_complex_not_minutes(tmp_path, monkeypatch):
    from linter.readers import pdf_limits

    monkeypatch.setattr(pdf_limits, "MAX_PATH_OPERATORS", 300)
    result = read(tmp_path, hostile.ruled_grid(20, 20))
    assert isinstance(result, Unreadable) and result.reason == "too-complex"
    assert result.detail == "page 1 draws 400 lines and rectangles > 300"


def test_a_grid_is_read_with_each_table_box_computed_once(tmp_path, monkeypatch):
    from pdfplumber.table import Table

    computed = []
    box = Table.bbox

    monkeypatch.setattr(Table, "bbox", property(lambda table: computed.append(1) or box.fget(table)))
    result = read(tmp_path, hostile.ruled_grid(8, 12))
    assert isinstance(result, Source)
    assert len(result.lines()) >= 12
    assert len(computed) <= 2
