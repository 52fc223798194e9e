"""The pre-commit hook, run by the real `pre-commit try-repo` against this checkout.

try-repo builds a shadow copy of the checkout from its tracked files (uncommitted
changes included): a new module must be added to git before this test can see it."""

import os
import shutil
import subprocess
import sys

import pytest

from .helpers import CLEAN, ROOT, SAMPLES

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="pre-commit needs git")


def git(repo, *args):
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def try_repo(repo, tmp_path, *files):
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    command = [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "xxgk-lint", "--verbose", "--files", *files]
    return subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True, timeout=900)


def test_hook_passes_a_clean_report_and_blocks_a_defective_one(tmp_path):
    repo = tmp_path / "reports"
    repo.mkdir()
    git(repo, "init", "-q")
    shutil.copy(CLEAN, repo / "clean.txt")
    shutil.copy(SAMPLES / "2023-qinghe-education-bureau.txt", repo / "bureau.txt")
    (repo / "notes.csv").write_text("not a report\n", encoding="utf-8")
    git(repo, "add", ".")

    clean = try_repo(repo, tmp_path, "clean.txt", "notes.csv")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "Passed" in clean.stdout

    defective = try_repo(repo, tmp_path, "clean.txt", "bureau.txt")
    assert defective.returncode == 1, defective.stdout + defective.stderr
    assert "bureau.txt:75:1: GK101 [error]" in defective.stdout


def test_hook_reads_word_files(tmp_path):
    from . import report_formats

    repo = tmp_path / "reports"
    repo.mkdir()
    git(repo, "init", "-q")
    (repo / "report.docx").write_bytes(report_formats.to_docx())
    git(repo, "add", ".")
    result = try_repo(repo, tmp_path, "report.docx")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "report.docx:" in result.stdout and "[段落 " in result.stdout
