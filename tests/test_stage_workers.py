"""The cross-report stage judged in worker processes (``audit --jobs N`` over a run of
``compare.JUDGED_APART`` reports or more): the same findings, in the same order, as in
one process; a worker that dies names the reports it was judging."""

import os
from pathlib import Path

import pytest

from linter.core.errors import RunError
from linter.run import compare
from linter.run.audit import AuditOptions, audit
from linter.run.session import CommandLine, Session

from .helpers import CLEAN, CORPUS, SAMPLES, replace_once

DEFECTS = SAMPLES / "2023-qinghe-education-bureau.txt"


def _folder(tmp_path: Path) -> Path:
    """Reports that share passages across organs (GK505) and a pair of one organ's two
    years whose figures do not join up (GK501), with the corpus when there is one."""
    for index in range(6):
        for sample in (CLEAN, DEFECTS):
            text = sample.read_text(encoding="utf-8").replace("青禾县", f"青禾{index}县")
            (tmp_path / f"{index}-{sample.name}").write_text(text, encoding="utf-8")
    if CORPUS.is_dir():
        earlier = (CORPUS / "2023-hongze-district.txt").read_text(encoding="utf-8")
        changed = replace_once(
            earlier, "继续办理                            0", "继续办理                            2"
        )
        (tmp_path / "hongze-2023.txt").write_text(changed, encoding="utf-8")
        (tmp_path / "hongze-2024.txt").write_bytes((CORPUS / "2024-hongze-district.txt").read_bytes())
    return tmp_path


def _run_findings(folder: Path, jobs: int) -> list:
    return list(audit(Session(CommandLine()), [folder], AuditOptions(jobs=jobs)).run_findings)


def test_the_stage_in_workers_gives_what_one_process_gives(tmp_path, monkeypatch):
    folder = _folder(tmp_path)
    in_process = _run_findings(folder, 1)
    monkeypatch.setattr(compare, "JUDGED_APART", 2)
    judged_here = []
    judge = compare.CrossReport.judge
    parent = os.getpid()

    def judge_noting(self, report):
        if os.getpid() == parent:
            judged_here.append(report.path)
        return judge(self, report)

    monkeypatch.setattr(compare.CrossReport, "judge", judge_noting)
    in_workers = _run_findings(folder, 2)
    assert in_workers == in_process
    assert judged_here == []  # every report was judged in a worker
    rules = {f.rule for f in in_process}
    assert "GK505" in rules
    assert "GK501" in rules or not CORPUS.is_dir()


def test_a_run_too_small_to_fork_for_is_judged_here(tmp_path, monkeypatch):
    folder = _folder(tmp_path)
    monkeypatch.setattr(compare, "JUDGED_APART", 10_000)
    monkeypatch.setattr(compare, "_in_workers", None)  # would fail if called
    assert {f.rule for f in _run_findings(folder, 2)} >= {"GK505"}


def test_a_worker_that_dies_in_the_stage_ends_the_run_naming_its_reports(tmp_path, monkeypatch):
    folder = _folder(tmp_path)
    monkeypatch.setattr(compare, "JUDGED_APART", 2)
    judge = compare.CrossReport.judge
    parent = os.getpid()
    doomed = str(folder / "3-2023-qinghe-county.txt")

    def dies_on_one(self, report):
        if report.path == doomed and os.getpid() != parent:
            os._exit(3)  # as a crash in a C library would
        return judge(self, report)

    monkeypatch.setattr(compare.CrossReport, "judge", dies_on_one)
    with pytest.raises(RunError, match="ended while checking one of: .*3-2023-qinghe-county.txt"):
        _run_findings(folder, 2)
