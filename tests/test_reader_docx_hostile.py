"""Word files built to exhaust time or memory give GK001 within bounds; a file without
a numbering part is read."""

from __future__ import annotations

import time

import pytest

from linter.readers.source import Source, Unreadable

from . import hostile

pytest.importorskip("docx")


def read(tmp_path, data: bytes):
    return hostile.read_as(tmp_path, ".docx", data)


def test_numbering_that_expands_to_huge_labels_is_damage_not_gigabytes(tmp_path):
    start = time.perf_counter()
    result = read(tmp_path, hostile.amplified_numbering(paragraphs=5, repeats=400))
    assert isinstance(result, Unreadable) and result.reason == "damaged"
    assert "list label of 800 characters" in result.detail
    assert time.perf_counter() - start < 3


def test_ordinary_labels_are_still_written_out(tmp_path):
    result = read(tmp_path, hostile.amplified_numbering(paragraphs=2, repeats=1))
    assert isinstance(result, Source)
    assert result.lines()[:2] == ["l" * 39, "m" * 39]  # counter 1000, 1001 in Word's letters


def test_a_member_lying_about_its_size_is_read_within_bounded_memory(tmp_path):
    result, peak = hostile.read_with_peak(tmp_path, ".docx", hostile.lying_document(inflated=160 << 20))
    assert isinstance(result, Unreadable) and result.reason in ("damaged", "zip-bomb")
    assert peak < 40 << 20


def test_a_document_without_a_numbering_part_is_read(tmp_path):
    result = read(tmp_path, hostile.without_numbering())
    assert isinstance(result, Source)
    assert result.text.split() == list(hostile.REPORT_LINES)
