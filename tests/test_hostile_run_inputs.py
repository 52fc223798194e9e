"""What a run is given besides reports: baselines, deep folders, odd file names. Each
gives a located error (exit 2) or its findings; never a traceback."""

from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

from linter.cli import main

from .helpers import clean_report


def check(*args) -> object:
    result = CliRunner().invoke(main, ["check", "--format", "json", *map(str, args)])
    assert "Traceback" not in result.output and not isinstance(result.exception, RecursionError)
    return result


def _report(folder):
    path = folder / "report.txt"
    path.write_text(clean_report().replace("一、总体情况", "一、总体"), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "findings",
    ['{"fingerprint": "x"}', "5", '[["x"]]', '[{"fingerprint": 5}]', "[" * 10_000 + "]" * 10_000],
    ids=["object", "number", "list-of-lists", "number-fingerprint", "nested-10000-deep"],
)
def test_a_baseline_that_is_not_one_is_a_located_error(tmp_path, findings):
    baseline = tmp_path / "baseline.json"
    baseline.write_text(f'{{"format": "xxgk-lint-baseline", "findings": {findings}}}', encoding="utf-8")
    result = check("--baseline", baseline, _report(tmp_path))
    assert result.exit_code == 2 and f"{baseline}: " in result.stderr


def test_a_baseline_nested_deep_at_the_top_is_a_located_error(tmp_path):
    baseline = tmp_path / "baseline.json"
    baseline.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    result = check("--baseline", baseline, _report(tmp_path))
    assert result.exit_code == 2 and f"{baseline}: " in result.stderr


def test_a_folder_nested_1100_deep_is_walked(tmp_path):
    deep = tmp_path
    for _ in range(1100):
        deep = deep / "d"
        deep.mkdir()
    _report(deep)
    try:
        result = check(tmp_path)
        assert result.exit_code == 0  # a warning
        assert [f["rule"] for f in json.loads(result.stdout)] == ["GK104"]
    finally:
        _remove_deep(tmp_path / "d")  # pytest's own clean-up of old temporary folders recurses


def _remove_deep(top) -> None:
    """A deep tree removed without recursion."""
    folders = [top]
    for folder in folders:
        for entry in os.scandir(folder):
            if entry.is_dir(follow_symlinks=False):
                folders.append(entry.path)
            else:
                os.unlink(entry.path)
    for folder in reversed(folders):
        os.rmdir(folder)


def test_a_file_name_that_is_not_utf8(tmp_path):
    name = os.fsdecode(b"\xff.txt")
    (tmp_path / name).write_text(_report(tmp_path).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "report.txt").unlink()
    result = check(tmp_path)
    assert result.exit_code == 0  # a warning
    assert [f["rule"] for f in json.loads(result.stdout)] == ["GK104"]
    assert all(f["fingerprint"] for f in json.loads(result.stdout))


def test_a_folder_that_cannot_be_listed_is_reported_not_skipped(tmp_path, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    _report(tmp_path)
    listing = os.scandir

    def scandir(path):
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied")
        return listing(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = check(tmp_path)
    found = {(f["path"].rsplit("/", 1)[-1], f["rule"]) for f in json.loads(result.stdout)}
    assert found == {("report.txt", "GK104"), ("locked", "GK001")}
    assert "cannot be listed" in next(f["message"] for f in json.loads(result.stdout) if f["rule"] == "GK001")
    assert result.exit_code == 1
