"""The pre-commit hook, run by the real pre-commit against this checkout.

The hook repository is what `pre-commit try-repo` makes of the checkout (its own shadow
copy from the tracked files, uncommitted changes included): a new module must be added
to git before this test can see it. try-repo keeps its hook environment in a throwaway
store, so each call would build one; the tests instead run `pre-commit run` on that same
repository with one PRE_COMMIT_HOME, so the environment is built once for the module."""

import os
import shutil
import subprocess
import sys

import pytest

from .helpers import CLEAN, ROOT, SAMPLES

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="pre-commit needs git")


def git(repo, *args):
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture(scope="module")
def hook(tmp_path_factory):
    """A function that runs the xxgk-lint hook on files of a repository, in one shared environment."""
    from pre_commit.commands.try_repo import _repo_ref

    home = tmp_path_factory.mktemp("pre-commit")
    repo, ref = _repo_ref(str(home), str(ROOT), None)
    config = home / "pre-commit-config.yaml"
    config.write_text(f"repos:\n- repo: {repo}\n  rev: {ref}\n  hooks:\n  - id: xxgk-lint\n", encoding="utf-8")
    env = {**os.environ, "PRE_COMMIT_HOME": str(home / "store"), "XDG_CACHE_HOME": str(home / "cache")}

    def run(reports, *files):
        command = [sys.executable, "-m", "pre_commit", "run", "--config", str(config), "--verbose", "--files", *files]
        return subprocess.run(command, cwd=reports, env=env, capture_output=True, text=True, timeout=900)

    return run


def reports(tmp_path):
    repo = tmp_path / "reports"
    repo.mkdir()
    git(repo, "init", "-q")
    return repo


def test_hook_passes_a_clean_report_and_blocks_a_defective_one(tmp_path, hook):
    repo = reports(tmp_path)
    shutil.copy(CLEAN, repo / "clean.txt")
    shutil.copy(SAMPLES / "2023-qinghe-education-bureau.txt", repo / "bureau.txt")
    (repo / "notes.csv").write_text("not a report\n", encoding="utf-8")
    git(repo, "add", ".")

    clean = hook(repo, "clean.txt", "notes.csv")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "Passed" in clean.stdout

    defective = hook(repo, "clean.txt", "bureau.txt")
    assert defective.returncode == 1, defective.stdout + defective.stderr
    assert "bureau.txt:75:1: GK101 [error]" in defective.stdout


def test_hook_reads_word_files(tmp_path, hook):
    from . import report_formats

    repo = reports(tmp_path)
    (repo / "report.docx").write_bytes(report_formats.to_docx())
    git(repo, "add", ".")
    result = hook(repo, "report.docx")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "report.docx:" in result.stdout and "[段落 " in result.stdout
