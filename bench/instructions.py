"""Instructions executed per report in process, counted by valgrind's callgrind: a
measure of what the code costs that other tenants' load on a shared machine does not move.

    python bench/instructions.py [--rounds N] [FILE ...]

Runs the linter over the reports (those ``run.py`` times) once to warm up and then
``--rounds`` times, under callgrind, and again with no rounds; the difference, divided
by the lints, is the count per report. Needs valgrind (``apt-get install valgrind``).
Counts compare two versions of the code on one machine; they are not times.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from run import ROOT, reports

# The lints, in a fresh interpreter: argv is the number of rounds, then the files.
_LINTS = """
import sys
sys.path.insert(0, {root!r})
from pathlib import Path
from linter.readers.source import Source
from linter.run.engine import Linter

linter = Linter.default()
sources = [Source("report.txt", Path(p).read_text(encoding="utf-8"), "utf-8") for p in sys.argv[2:]]
for source in sources:
    linter.lint_source(source)
for _ in range(int(sys.argv[1])):
    for source in sources:
        linter.lint_source(source)
"""
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def instructions(files: list[Path], rounds: int) -> int:
    """Instructions the process executes, start-up and warm-up included."""
    command = [
        "valgrind",
        "--tool=callgrind",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        "-c",
        _LINTS.format(root=str(ROOT)),
        str(rounds),
        *map(str, files),
    ]
    # The same start-up in both runs, whatever the cache holds (a run after a change of
    # the code rebuilds it), and the same hashes of strings: counts that repeat.
    environment = {**os.environ, "XXGK_LINT_NO_CACHE": "1", "PYTHONHASHSEED": "0"}
    result = subprocess.run(command, capture_output=True, text=True, check=True, env=environment)
    return int(_COLLECTED.search(result.stderr).group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("bench/instructions.py needs valgrind (apt-get install valgrind)")
    files = reports(args.files)
    per_report = (instructions(files, args.rounds) - instructions(files, 0)) / (args.rounds * len(files))
    print(f"in process, over {len(files)} reports: {per_report / 1e6:.2f} M instructions per report (callgrind)")


if __name__ == "__main__":
    main()
