"""--fix never loses a byte: every byte outside the fixed spans is kept, nothing is
written through a symbolic link or over a file that changed since it was read, and
--diff numbers lines as the linter does."""

from __future__ import annotations

import codecs
import os
import re

import pytest

from linter.run import fixes

from .test_fixes import DEFECTS, run

FIXED = DEFECTS.replace("(二) ", "（二） ").replace("(四) ", "（四） ").replace("行政诉公", "行政诉讼")


@pytest.mark.parametrize(
    "prefix, encoding",
    [
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF8 * 2, "utf-8"),
        (b"", "gb18030"),
    ],
    ids=["utf-16-be", "utf-16-le", "two-boms", "gb18030"],
)
def test_every_byte_outside_the_fixes_is_kept(tmp_path, prefix, encoding):
    report = tmp_path / "report.txt"
    report.write_bytes(prefix + DEFECTS.encode(encoding))
    result = run("--fix", report)
    assert "修复 3 个问题" in result.stderr
    assert report.read_bytes() == prefix + FIXED.encode(encoding)


def test_no_temporary_file_is_left_and_the_mode_is_kept(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text(DEFECTS, encoding="utf-8")
    report.chmod(0o640)
    run("--fix", report)
    assert [p.name for p in tmp_path.iterdir()] == ["report.txt"]
    assert report.stat().st_mode & 0o777 == 0o640


def test_nothing_is_written_through_a_symbolic_link(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text(DEFECTS, encoding="utf-8")
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "link.txt").symlink_to(outside)
    (tree / "folder").symlink_to(tmp_path, target_is_directory=True)
    for target in (tree / "link.txt", tree / "folder" / "outside.txt"):
        result = run("--fix", target)
        assert "is a symbolic link" in result.stderr
        assert outside.read_text(encoding="utf-8") == DEFECTS
    run("--fix", tree)  # a folder's walk does not enter linked folders
    assert outside.read_text(encoding="utf-8") == DEFECTS


def test_a_file_changed_after_it_was_read_is_not_written(tmp_path, monkeypatch):
    report = tmp_path / "report.txt"
    report.write_text(DEFECTS, encoding="utf-8")
    planned = fixes.plan

    def plan_then_change(result):
        made = planned(result)
        report.write_text(DEFECTS + "另一个进程改过。\n", encoding="utf-8")  # as a concurrent --fix would
        return made

    monkeypatch.setattr(fixes, "plan", plan_then_change)
    result = run("--fix", report)
    assert "changed since it was checked" in result.stderr
    assert report.read_text(encoding="utf-8") == DEFECTS + "另一个进程改过。\n"


def test_diff_line_numbers_match_the_findings_with_form_feeds(tmp_path):
    report = tmp_path / "report.txt"
    text = DEFECTS.replace("\n", "\n\f", 3)  # as pdftotext starts pages
    report.write_text(text, encoding="utf-8")
    line = next(n for n, t in enumerate(text.split("\n"), 1) if "行政诉公" in t)
    assert f"report.txt:{line}:" in run(report).stdout  # where the finding is
    assert line in _removed_line_numbers(run("--diff", report).stdout)  # and where the diff says it is


def _removed_line_numbers(diff: str) -> list[int]:
    """The old-file line number of each removed line of a unified diff."""
    numbers, current = [], 0
    for text in diff.split("\n"):
        if match := re.match(r"@@ -(\d+)", text):
            current = int(match.group(1))
        elif text.startswith("-") and not text.startswith("---"):
            numbers.append(current)
            current += 1
        elif text.startswith(" "):
            current += 1
    return numbers


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_a_report_symlinked_inside_the_tree_is_still_checked(tmp_path):
    (tmp_path / "real.txt").write_text(DEFECTS, encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "real.txt")
    assert "GK104" in run(tmp_path / "link.txt").stdout
