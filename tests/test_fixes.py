"""--fix and --diff: safe fixes only, the file's encoding and line ends kept, nothing
written without --fix."""

import codecs

import pytest
from click.testing import CliRunner

from linter.cli import main

from .helpers import SAMPLES

DEFECTS = (SAMPLES / "2023-qinghe-education-bureau.txt").read_text(encoding="utf-8")


def run(*args):
    return CliRunner().invoke(main, ["check", *map(str, args)])


@pytest.mark.parametrize(
    "encoding, newline, bom",
    [
        ("utf-8", "\n", b""),
        ("utf-8", "\r\n", codecs.BOM_UTF8),
        ("gb18030", "\r\n", b""),
        ("utf-16-le", "\n", codecs.BOM_UTF16_LE),
    ],
)
def test_fix_keeps_encoding_bom_and_line_ends(tmp_path, encoding, newline, bom):
    report = tmp_path / "report.txt"
    report.write_bytes(bom + DEFECTS.replace("\n", newline).encode(encoding))
    result = run("--fix", report)
    data = report.read_bytes()
    assert data.startswith(bom)
    text = data[len(bom) :].decode(encoding)
    assert text == DEFECTS.replace("\n", newline).replace("(二) ", "（二） ").replace("(四) ", "（四） ").replace(
        "行政诉公", "行政诉讼"
    )
    assert "GK105" not in result.stdout and "GK104" not in result.stdout
    assert "GK101" in result.stdout  # what cannot be fixed is still reported
    assert "修复 3 个问题" in result.stderr


def test_diff_shows_and_writes_nothing(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text(DEFECTS, encoding="utf-8")
    result = run("--diff", report)
    assert result.exit_code == 1
    assert "-四、政府信息公开行政复议、行政诉公情况\n+四、政府信息公开行政复议、行政诉讼情况\n" in result.stdout
    assert report.read_text(encoding="utf-8") == DEFECTS
    assert run("--diff", SAMPLES / "2023-qinghe-county.txt").exit_code == 0


def test_nothing_is_written_without_fix(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text(DEFECTS, encoding="utf-8")
    before = report.stat().st_mtime_ns
    run("--format", "json", report)
    assert report.stat().st_mtime_ns == before and report.read_text(encoding="utf-8") == DEFECTS


def test_only_selected_rules_are_fixed(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text(DEFECTS, encoding="utf-8")
    run("--fix", "--select", "GK104", report)
    text = report.read_text(encoding="utf-8")
    assert "行政诉讼情况" in text and "(二) 依申请公开" in text


def test_files_of_other_formats_are_not_touched(tmp_path):
    report = tmp_path / "report.html"
    report.write_text(DEFECTS, encoding="utf-8")
    run("--fix", report)
    assert report.read_text(encoding="utf-8") == DEFECTS
