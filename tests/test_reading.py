"""The reading stage: encodings, line ends, bad files."""

import codecs
import subprocess
import sys

import pytest

from linter import readers
from linter.readers.source import Source, Unreadable

from .helpers import CLEAN, ROOT

REPORT = "某某县教育局2023年政府信息公开工作年度报告\n一、总体情况\n２０２３年，我局（一）……\n"


@pytest.mark.parametrize(
    "data, encoding",
    [
        (REPORT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + REPORT.encode("utf-8"), "utf-8-sig"),
        (REPORT.encode("gb18030"), "gb18030"),
        (REPORT.encode("gbk"), "gb18030"),
        (codecs.BOM_UTF16_LE + REPORT.encode("utf-16-le"), "utf-16"),
    ],
)
def test_encodings_are_detected_without_being_told(tmp_path, data, encoding):
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    source = readers.read(path)
    assert isinstance(source, Source)
    assert source.text == REPORT
    assert source.encoding == encoding


def test_crlf_and_lone_cr_become_line_feeds(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes("第一行\r\n第二行\r第三行\n".encode())
    assert readers.read(path).lines() == ["第一行", "第二行", "第三行", ""]


def test_form_feeds_do_not_split_lines(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("第一行\n\f第二行\n", encoding="utf-8")
    assert readers.read(path).lines() == ["第一行", "\f第二行", ""]


def test_binary_file_is_unreadable(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes(bytes(range(256)) * 4)
    assert readers.read(path) == Unreadable(str(path), "binary")


def test_text_full_of_control_characters_is_binary(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes(b"\x01\x02\x03abc\x04\x05" * 100)
    assert readers.read(path).reason == "binary"


def test_bytes_that_are_no_known_encoding(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes(b"\x81\x30\xff\xfe\x80" * 50)
    assert readers.read(path).reason == "encoding"


def test_too_large_file_is_not_read(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes(b"x" * 2048)
    unreadable = readers.read(path, max_bytes=1024)
    assert unreadable.reason == "too-large"
    assert "MB" in unreadable.detail


def test_missing_file_is_unreadable(tmp_path):
    unreadable = readers.read(tmp_path / "absent.txt")
    assert unreadable.reason == "io"


def test_unknown_suffix_is_tried_as_text(tmp_path):
    path = tmp_path / "report.text"
    path.write_text(REPORT, encoding="utf-8")
    assert readers.read(path).text == REPORT


def test_folder_runs_pick_up_every_format_we_read():
    assert {".txt", ".md", ".docx", ".doc", ".wps", ".html", ".htm", ".pdf"} <= readers.REPORT_SUFFIXES


@pytest.mark.parametrize("name", ["report.docx", "report.html", "report.pdf"])
def test_the_size_limit_holds_for_every_format(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"x" * 2048)
    assert readers.read(path, max_bytes=1024).reason == "too-large"


def test_checking_text_imports_no_library_of_the_other_formats():
    """Cold start: Word, HTML and PDF readers and libraries load only when such a file is read."""
    code = (
        "import sys; from linter.run.engine import Linter; from linter import cli; "
        f"Linter.default().lint_path(__import__('pathlib').Path({str(CLEAN)!r})); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('docx', 'lxml', 'pdfplumber', 'pdfminer', 'reportlab') "
        "or m in ('linter.readers.docx', 'linter.readers.html', 'linter.readers.pdf')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.stdout.strip() == "[]", result.stderr
