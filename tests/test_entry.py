"""linter.entry: a check ends without the interpreter's teardown, with the same output and
status; anything unusual ends the usual way."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading

import pytest

from linter import entry

from .helpers import CLEAN, CORPUS

_RUN = "import sys; from linter.entry import main; sys.argv = ['xxgk-lint', *sys.argv[1:]]; main()"
FOUND = CORPUS / "2020-dongan-district.txt"  # four findings (see the corpus README)


def run(tmp_path, *args: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "XXGK_LINT_CACHE_DIR": str(tmp_path)}
    return subprocess.run([sys.executable, "-c", _RUN, *args], env=environment, capture_output=True, text=True)


def test_a_check_writes_all_its_output_and_its_status(tmp_path):
    found = run(tmp_path, "check", "--format", "json", str(FOUND))
    assert found.returncode == 1 and len(json.loads(found.stdout)) == 4
    assert "4 个问题" in found.stderr
    clean = run(tmp_path, "check", str(CLEAN))
    assert clean.returncode == 0 and clean.stdout == "" and "未发现问题" in clean.stderr
    assert run(tmp_path, "check", "--exit-zero", str(FOUND)).returncode == 0


def test_errors_and_other_commands_end_as_before(tmp_path):
    usage = run(tmp_path, "check", "--bogus", str(CLEAN))
    assert usage.returncode == 2 and "--bogus" in usage.stderr
    assert run(tmp_path, "check", str(tmp_path / "missing.txt")).returncode == 2
    listing = run(tmp_path, "rules", "--format", "json")
    assert listing.returncode == 0 and json.loads(listing.stdout)


def test_the_usual_exit_for_another_command_an_odd_status_or_another_thread():
    with pytest.raises(SystemExit) as other:
        entry._end(0, check=False)
    assert other.value.code == 0
    with pytest.raises(SystemExit) as odd:
        entry._end("stopped", check=True)
    assert odd.value.code == "stopped"
    stop = threading.Event()
    waiting = threading.Thread(target=stop.wait)
    waiting.start()
    try:
        with pytest.raises(SystemExit):
            entry._end(1, check=True)
    finally:
        stop.set()
        waiting.join()
