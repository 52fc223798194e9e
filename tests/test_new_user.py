"""The defects a new user met first (issue 13): each as it was met."""

from __future__ import annotations

from .helpers import ROOT
from .test_cli import run


def test_an_empty_folder_is_exit_2_naming_it(tmp_path):
    (tmp_path / "notes.csv").write_text("x\n", encoding="utf-8")
    result = run("check", tmp_path)
    assert result.exit_code == 2
    assert str(tmp_path) in result.stderr and "no report files" in result.stderr


def test_the_license_pyproject_names_is_there():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License") and "xxgk-lint contributors" in text
    assert 'license = "MIT"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_diff_and_fix_on_word_pdf_and_html_say_they_cannot_and_exit_as_check(tmp_path):
    from . import report_formats

    files = {"r.docx": report_formats.to_docx(), "r.html": report_formats.to_html()}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    for option in ("--diff", "--fix"):
        result = run("check", option, "--lang", "en", *(tmp_path / name for name in files))
        assert result.exit_code == 1, result.output
        assert (result.stdout == "") == (option == "--diff")  # --fix lists what remains, as check does
        for name in files:
            assert f"{tmp_path / name}: " in result.stderr and "cannot be fixed in place" in result.stderr
    assert all((tmp_path / name).read_bytes() == data for name, data in files.items())
    assert run("check", "--diff", "--exit-zero", tmp_path / "r.docx").exit_code == 0
    assert "无法自动修复" in run("check", "--fix", tmp_path / "r.docx").stderr
