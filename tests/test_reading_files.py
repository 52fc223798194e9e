"""Only regular files are read, never more than the size limit plus one byte, and a file
or folder that cannot be read is a GK001 finding naming it, not a hang or a usage error."""

from __future__ import annotations

import json
import os
import pathlib

from click.testing import CliRunner

from linter import readers
from linter.cli import main

from .helpers import CLEAN


def check_json(*paths: pathlib.Path) -> tuple[int, list[dict]]:
    result = CliRunner().invoke(main, ["check", "--format", "json", *map(str, paths)])
    return result.exit_code, json.loads(result.stdout) if result.stdout.strip() else []


def test_a_fifo_named_as_a_report_is_a_finding_not_a_hang(tmp_path):
    fifo = tmp_path / "report.txt"
    os.mkfifo(fifo)
    unreadable = readers.read(fifo)
    assert (unreadable.reason, unreadable.detail) == ("not-a-file", "FIFO")


def test_a_device_is_not_read():
    unreadable = readers.read(pathlib.Path("/dev/zero"), max_bytes=1024)
    assert (unreadable.reason, unreadable.detail) == ("not-a-file", "character device")


def test_a_device_named_on_the_command_line_is_gk001():
    code, found = check_json(pathlib.Path("/dev/zero"))
    assert code == 1
    assert [f["rule"] for f in found] == ["GK001"]
    assert "不是普通文件" in found[0]["message"]


def test_no_more_than_the_limit_plus_one_byte_is_read_whatever_the_size_says(tmp_path, monkeypatch):
    path = tmp_path / "report.txt"
    path.write_bytes(b"x" * 4096)
    real_stat, real_fstat, real_read = os.stat, os.fstat, os.read
    asked: list[int] = []

    def lying(status: os.stat_result) -> os.stat_result:
        return os.stat_result((*status[:6], 0, *status[7:]))  # st_size 0, as /proc files say

    def counting_read(descriptor, size):
        asked.append(size)
        return real_read(descriptor, size)

    monkeypatch.setattr(os, "stat", lambda *args, **kwargs: lying(real_stat(*args, **kwargs)))
    monkeypatch.setattr(os, "fstat", lambda descriptor: lying(real_fstat(descriptor)))
    monkeypatch.setattr(os, "read", counting_read)
    assert readers.read(path, max_bytes=1024).reason == "too-large"
    assert sum(asked) <= 1025


def _deny(monkeypatch, denied: pathlib.Path) -> None:
    """Looking at or opening ``denied`` raises PermissionError, as for a file in a folder
    of mode 000 when not root."""
    real_stat, real_open, real_read_bytes = os.stat, os.open, pathlib.Path.read_bytes

    def stat(path, *args, **kwargs):
        if pathlib.Path(path) == denied:
            raise PermissionError(13, "Permission denied", str(path))
        return real_stat(path, *args, **kwargs)

    def os_open(path, *args, **kwargs):
        if pathlib.Path(path) == denied:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    def read_bytes(self):
        if self == denied:
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(os, "stat", stat)
    monkeypatch.setattr(os, "open", os_open)
    monkeypatch.setattr(pathlib.Path, "read_bytes", read_bytes)


def test_an_unreadable_file_named_directly_is_gk001(tmp_path, monkeypatch):
    path = tmp_path / "report.txt"
    path.write_bytes(CLEAN.read_bytes())
    _deny(monkeypatch, path)
    code, found = check_json(path)
    assert code == 1
    assert [(f["rule"], f["path"]) for f in found] == [("GK001", str(path))]
    assert "Permission denied" in found[0]["message"]


def test_an_unreadable_subfolder_is_a_finding_naming_it(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_bytes(CLEAN.read_bytes())
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_bytes(CLEAN.read_bytes())
    real_scandir = os.scandir

    def scandir(path="."):
        if pathlib.Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    _deny(monkeypatch, locked)
    code, found = check_json(tmp_path)
    assert code == 1
    assert [(f["rule"], f["path"]) for f in found] == [("GK001", str(locked))]
