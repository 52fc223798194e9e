"""HTML that made lxml drop the page or the reader crash is read, or is GK001."""

from __future__ import annotations

import pytest

from linter.readers.source import Source, Unreadable

from . import hostile

pytest.importorskip("lxml")


def read(tmp_path, data: bytes):
    return hostile.read_as(tmp_path, ".html", data)


@pytest.mark.parametrize("closed", [True, False], ids=["divs", "unclosed-fonts"])
def test_a_page_nested_300_deep_is_read_whole(tmp_path, closed):
    result = read(tmp_path, hostile.deep_html(300, closed))
    assert isinstance(result, Source)
    assert result.text.split() == list(hostile.REPORT_LINES)


@pytest.mark.parametrize("closed", [True, False], ids=["divs", "unclosed-fonts"])
def test_a_page_nested_deeper_than_the_reader_walks_is_too_complex(tmp_path, closed):
    result = read(tmp_path, hostile.deep_html(3000, closed))
    assert isinstance(result, Unreadable) and result.reason == "too-complex"
    assert "nested" in result.detail


@pytest.mark.parametrize("control", ["\x0b", "\x0c", "\x01", "\ufffe"])
def test_a_control_character_after_a_metadata_table_is_read_as_a_space(tmp_path, control):
    result = read(tmp_path, hostile.control_after_metadata(control))
    assert isinstance(result, Source)
    assert result.metadata["索引号"] == "123"
    assert result.text.split() == [hostile.REPORT_LINES[1]]


def test_two_xml_declarations_are_both_left_out(tmp_path):
    result = read(tmp_path, hostile.two_declarations())
    assert isinstance(result, Source)
    assert result.text.split() == [hostile.REPORT_LINES[1]]
