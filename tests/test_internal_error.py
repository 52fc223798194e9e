"""One file's failure never stops the run: a bug becomes GK000 on that file (and a file
that takes too long, GK001 naming the stage), and the other files are still checked."""

from __future__ import annotations

import json
import time

from click.testing import CliRunner

from linter.cli import main
from linter.rules.kinds import KINDS

from .helpers import clean_report, linter

BROKEN = "九九九"  # what marks the file the patched check breaks on


def _breaking(original):
    def check(model, config):
        if any(BROKEN in node.text for node in model.nodes if hasattr(node, "text")):
            raise ZeroDivisionError("a bug")
        yield from original(model, config)

    return check


def _folder(tmp_path):
    (tmp_path / "a.txt").write_text(clean_report().replace("一、总体情况", "一、总体"), encoding="utf-8")
    (tmp_path / "b.txt").write_text(clean_report() + f"\n{BROKEN}\n", encoding="utf-8")
    return tmp_path


def check_json(*args: str) -> tuple[int, list[dict]]:
    result = CliRunner().invoke(main, ["check", "--format", "json", *args])
    assert "Traceback" not in result.output
    return result.exit_code, json.loads(result.stdout) if result.stdout.strip() else []


def test_a_bug_on_one_file_is_gk000_there_and_the_other_file_is_checked(tmp_path, monkeypatch):
    kind = KINDS["heading-wording"]
    monkeypatch.setattr(kind, "check", _breaking(kind.check))
    code, found = check_json(str(_folder(tmp_path)))
    assert code == 1  # findings, not a failed run
    assert [(f["path"].rsplit("/", 1)[-1], f["rule"]) for f in found if f["rule"] in ("GK000", "GK104")] == [
        ("a.txt", "GK104"),
        ("b.txt", "GK000"),
    ]
    gk000 = next(f for f in found if f["rule"] == "GK000")
    assert "ZeroDivisionError" in gk000["message"] and "rules" in gk000["message"]
    assert gk000["severity"] == "error" and "报告" in gk000["message"]


def test_gk000_is_reported_even_when_not_selected(tmp_path, monkeypatch):
    kind = KINDS["heading-wording"]
    monkeypatch.setattr(kind, "check", _breaking(kind.check))
    _, found = check_json("--select", "GK104", "--lang", "en", str(_folder(tmp_path) / "b.txt"))
    assert [f["rule"] for f in found] == ["GK000"]
    assert "please report it" in found[0]["message"]


def test_a_bug_in_a_reader_is_gk000_in_the_read_stage(tmp_path, monkeypatch):
    from linter import readers

    def broken(path, max_bytes):
        raise KeyError("reader")

    monkeypatch.setattr(readers, "read", broken)
    found = linter().lint_path(_folder(tmp_path) / "a.txt")
    assert [(f.rule, "read" in f.message) for f in found] == [("GK000", True)]


def _slow(original):
    def check(model, config):
        end = time.thread_time() + 0.3  # CPU time: what the budget counts
        while time.thread_time() < end:
            pass
        yield from original(model, config)

    return check


def test_a_file_over_its_time_budget_is_gk001_naming_the_stage(tmp_path, monkeypatch):
    kind = KINDS["heading-wording"]
    monkeypatch.setattr(kind, "check", _slow(kind.check))
    code, found = check_json("--timeout", "0.1", str(_folder(tmp_path) / "a.txt"))
    assert [f["rule"] for f in found] == ["GK001"]
    assert "rules" in found[0]["message"] and "0.1" in found[0]["message"]
    assert code == 1


def test_the_time_budget_can_be_configured(tmp_path, monkeypatch):
    kind = KINDS["heading-wording"]
    monkeypatch.setattr(kind, "check", _slow(kind.check))
    folder = _folder(tmp_path)
    (folder / ".xxgk-lint.yaml").write_text("timeout: 0.1\n", encoding="utf-8")
    _, found = check_json(str(folder / "a.txt"))
    assert [f["rule"] for f in found] == ["GK001"]
    (folder / ".xxgk-lint.yaml").write_text("timeout: 60\n", encoding="utf-8")
    _, found = check_json(str(folder / "a.txt"))
    assert "GK104" in [f["rule"] for f in found]
