"""Property-based tests of the Word, HTML and PDF readers on mutated files: whatever the
bytes, a reader returns a Source or an Unreadable (never raises), every line has its
place, a second read gives the same result, and reading ends within a bound."""

from __future__ import annotations

import io
import time
import zipfile
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from linter.readers import reader
from linter.readers.source import Source, Unreadable

from . import fuzz_profiles, hostile

assert fuzz_profiles  # loads the profile named by HYPOTHESIS_PROFILE

SECONDS = 10.0  # per read: loose, for loaded machines; a hang or a bomb takes minutes


def read_twice(suffix: str, data: bytes) -> Source | Unreadable:
    """The reader's result, checked for the properties every result must have."""
    read = reader(suffix)
    start = time.perf_counter()
    first = read(Path("fuzzed" + suffix), data)
    assert time.perf_counter() - start < SECONDS
    assert isinstance(first, Source | Unreadable)
    if isinstance(first, Source):
        assert len(first.places) == first.text.count("\n")
        assert all(value >= 0 for place in first.places for value in place if isinstance(value, int))
    assert read(Path("fuzzed" + suffix), data) == first
    return first


def flipped(data: bytes, flips: list[tuple[int, int]]) -> bytes:
    mutable = bytearray(data)
    for position, value in flips:
        if mutable:
            mutable[position % len(mutable)] = value
    return bytes(mutable)


flips = st.lists(st.tuples(st.integers(0, 1 << 30), st.integers(0, 255)), max_size=8)


# -- Word ---------------------------------------------------------------------------------------------


@cache
def word_document() -> bytes:
    """A report with numbered headings and a table: the parts mutations break."""
    import docx

    document = docx.Document()
    for text in hostile.REPORT_LINES:
        document.add_paragraph(text, style="List Number")
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).text, table.cell(1, 2).text = "信息名称", "12"
    table.cell(0, 0).merge(table.cell(0, 1))
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


@st.composite
def mutated_docx(draw: st.DrawFn) -> bytes:
    members = hostile._members(word_document())
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members:
            action = draw(st.sampled_from(["keep", "keep", "keep", "delete", "duplicate", "truncate", "flip"]))
            if action == "delete":
                continue
            if action == "truncate":
                content = content[: draw(st.integers(0, len(content)))]
            elif action == "flip":
                content = flipped(content, draw(flips))
            archive.writestr(name, content)
            if action == "duplicate":
                archive.writestr(name, content[::-1] if draw(st.booleans()) else content)
    data = out.getvalue()
    if draw(st.booleans()):
        data = flipped(data, draw(flips))
    return data[: draw(st.integers(len(data) // 2, len(data)))] if draw(st.booleans()) else data


@pytest.mark.filterwarnings("ignore::UserWarning")
@given(mutated_docx())
def test_mutated_word_files(data):
    pytest.importorskip("docx")
    read_twice(".docx", data)


# -- HTML ---------------------------------------------------------------------------------------------

_TAGS = ["p", "div", "span", "font", "table", "tr", "td", "th", "br", "b", "h1", "li", "script", "nav", "a"]
_TEXTS = ["一、总体情况", "索引号", "发布机构", "12", "（一）", "\x0b", "\x0c", "\x00", "\ufffe", "&nbsp;", "&#0;"]
_TEXTS += ["&#x110000;", "&amp;", "&bogus;", "<?xml version='1.0' encoding='utf-8'?>", "<!--", "-->", "\r\n", "\n"]
_ATTRIBUTES = ["", ' rowspan="0"', ' colspan="99999"', ' style="display:none"', " hidden", ' rowspan="x"']


@st.composite
def html_page(draw: st.DrawFn) -> bytes:
    parts = []
    for _ in range(draw(st.integers(0, 40))):
        tag = draw(st.sampled_from(_TAGS))
        kind = draw(st.sampled_from(["open", "close", "text", "text", "deep"]))
        if kind == "open":
            parts.append(f"<{tag}{draw(st.sampled_from(_ATTRIBUTES))}>")
        elif kind == "close":
            parts.append(f"</{tag}>")
        elif kind == "deep":
            parts.append(f"<{tag}>" * draw(st.integers(1, 3000)))
        else:
            parts.append(draw(st.sampled_from(_TEXTS) | st.text(max_size=20)))
    page = "".join(parts)
    return page.encode(draw(st.sampled_from(["utf-8", "gb18030", "utf-16"])), errors="replace")


@given(html_page())
def test_mutated_html_pages(data):
    pytest.importorskip("lxml")
    result = read_twice(".html", data)
    if isinstance(result, Source):
        lines = max(data.count(b"\n"), data.count(b"\n\x00")) + 1
        assert all(place.source_line <= lines for place in result.places)


# -- PDF ----------------------------------------------------------------------------------------------

_OBJECTS = [
    b"<< /Type /Pages /Kids [3 0 R] /Count 99999999 >>",
    b"7 0 R",
    b"<< /Length 10 /Filter /FlateDecode >>\nstream\nxxxxxxxxxx\nendstream",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 1e99 -1] >>",
    b"[ 1 0 R 2 0 R 3 0 R ]",
    b"<< /Length -5 >>\nstream\n\nendstream",
]


@cache
def pdf_document() -> bytes:
    return hostile.ruled_grid(3, 3)


@st.composite
def mutated_pdf(draw: st.DrawFn) -> bytes:
    data = pdf_document()
    if draw(st.booleans()):
        position = draw(st.integers(0, len(data)))
        number = draw(st.integers(1, 9))
        data = (
            data[:position] + b"%d 0 obj\n" % number + draw(st.sampled_from(_OBJECTS)) + b"\nendobj\n" + data[position:]
        )
    data = flipped(data, draw(flips))
    return data[: draw(st.integers(0, len(data)))] if draw(st.booleans()) else data


@given(mutated_pdf())
def test_mutated_pdf_files(data):
    pytest.importorskip("pdfplumber")
    read_twice(".pdf", data)
