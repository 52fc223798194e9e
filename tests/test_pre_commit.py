"""The pre-commit hook, run by the real pre-commit against this checkout.

The hook repository is what `pre-commit try-repo` makes of the checkout (its own shadow
copy from the tracked files, uncommitted changes included): a new module must be added
to git before this test can see it. try-repo keeps its hook environment in a throwaway
store, so each call would build one; these tests run `pre-commit run` on that same
repository with one PRE_COMMIT_HOME instead. conftest.py starts building the
environment when the tests are collected, and runs them last, so the build overlaps
the rest of the suite."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from .helpers import CLEAN, ROOT, SAMPLES

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="pre-commit needs git")


class HookEnvironment:
    """The xxgk-lint hook from this checkout, its environment installed by a background process."""

    def __init__(self) -> None:
        from pre_commit.commands.try_repo import _repo_ref

        self.home = Path(tempfile.mkdtemp(prefix="xxgk-lint-pre-commit-"))
        repo, ref = _repo_ref(str(self.home), str(ROOT), None)
        self.config = self.home / "pre-commit-config.yaml"
        self.config.write_text(f"repos:\n- repo: {repo}\n  rev: {ref}\n  hooks:\n  - id: xxgk-lint\n", encoding="utf-8")
        self.env = {**os.environ, "PRE_COMMIT_HOME": str(self.home / "store"), "XDG_CACHE_HOME": str(self.home / "c")}
        scratch = self.home / "scratch"  # pre-commit runs inside a git repository
        scratch.mkdir()
        git(scratch, "init", "-q")
        command = [sys.executable, "-m", "pre_commit", "install-hooks", "--config", str(self.config)]
        self.install = subprocess.Popen(
            command, cwd=scratch, env=self.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )

    def run(self, reports: Path, *files: str) -> subprocess.CompletedProcess:
        output, _ = self.install.communicate(timeout=900) if self.install.returncode is None else ("", None)
        assert self.install.returncode == 0, output
        command = [sys.executable, "-m", "pre_commit", "run", "--config", str(self.config), "--verbose", "--files"]
        return subprocess.run(
            [*command, *files], cwd=reports, env=self.env, capture_output=True, text=True, timeout=900
        )

    def close(self) -> None:
        if self.install.returncode is None:
            self.install.kill()
            self.install.communicate()
        shutil.rmtree(self.home, ignore_errors=True)


_environment: list[HookEnvironment] = []  # at most one a test session


def hook_environment() -> HookEnvironment:
    """The session's hook environment, its build started on the first call."""
    if not _environment:
        _environment.append(HookEnvironment())
    return _environment[0]


def close_hook_environment() -> None:
    while _environment:
        _environment.pop().close()


def git(repo, *args):
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def reports(tmp_path):
    repo = tmp_path / "reports"
    repo.mkdir()
    git(repo, "init", "-q")
    return repo


def test_hook_passes_a_clean_report_and_blocks_a_defective_one(tmp_path):
    repo = reports(tmp_path)
    shutil.copy(CLEAN, repo / "clean.txt")
    shutil.copy(SAMPLES / "2023-qinghe-education-bureau.txt", repo / "bureau.txt")
    (repo / "notes.csv").write_text("not a report\n", encoding="utf-8")
    git(repo, "add", ".")

    clean = hook_environment().run(repo, "clean.txt", "notes.csv")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "Passed" in clean.stdout

    defective = hook_environment().run(repo, "clean.txt", "bureau.txt")
    assert defective.returncode == 1, defective.stdout + defective.stderr
    assert "bureau.txt:75:1: GK101 [error]" in defective.stdout


def test_hook_reads_word_files(tmp_path):
    from . import report_formats

    repo = reports(tmp_path)
    (repo / "report.docx").write_bytes(report_formats.to_docx())
    git(repo, "add", ".")
    result = hook_environment().run(repo, "report.docx")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "report.docx:" in result.stdout and "[第一部分 “" in result.stdout


def test_hook_checks_reports_only_pdfs_included_in_any_case(tmp_path):
    from . import report_formats

    repo = reports(tmp_path)
    (repo / "README.md").write_text("# 报告库\n\n本仓库收录各年度报告。\n", encoding="utf-8")
    (repo / "requirements.txt").write_text("xxgk-lint\n", encoding="utf-8")
    (repo / "2023.PDF").write_bytes(report_formats.to_pdf())  # the defective report
    (repo / "2023-county.DOCX").write_bytes(report_formats.to_docx(CLEAN.read_text(encoding="utf-8")))
    git(repo, "add", ".")

    ordinary = hook_environment().run(repo, "README.md", "requirements.txt")
    assert ordinary.returncode == 0, ordinary.stdout + ordinary.stderr
    assert "GK" not in ordinary.stdout

    everything = hook_environment().run(repo, "README.md", "requirements.txt", "2023.PDF", "2023-county.DOCX")
    assert everything.returncode == 1, everything.stdout + everything.stderr
    assert "2023.PDF:3:1: GK301 [error]" in everything.stdout
    assert "README.md" not in everything.stdout and "requirements.txt:" not in everything.stdout
    word = [line for line in everything.stdout.splitlines() if line.startswith("2023-county.DOCX:")]
    assert not any("[error]" in line for line in word), word
    assert "检查了 2 个文件" in everything.stdout
