"""The code stays formatted and lint-clean (ruff, configured in pyproject.toml)."""

import subprocess
import sys

import pytest

from .helpers import ROOT

RUFF = [sys.executable, "-m", "ruff"]


@pytest.mark.parametrize("command", [["check"], ["format", "--check"]], ids=["lint", "format"])
def test_ruff(command):
    result = subprocess.run([*RUFF, *command, "linter", "tests", "bench"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
