"""``check --format json --jobs 2`` over 1,000 and 10,000 generated reports with findings
(the generator of ``audit.py``): the peak resident memory of the parent process (which
gathers, orders and prints every finding) and of its largest worker, sampled from /proc
while the run goes, the wall time and the findings printed; medians over ``--rounds``
runs (3 unless told), with the machine they ran on. Flat memory: the parent's peak no
higher for 10,000 reports than for 1,000, within noise.

Run: ``.venv/bin/python bench/check_memory.py``; ``--source DIR`` measures the code of
another checkout (``git archive COMMIT | tar -x -C DIR``), run as ``python -m linter``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

from audit import generate, machine, sampled

ROOT = Path(__file__).resolve().parent.parent
COUNTS = (1_000, 10_000)
JOBS = 2


def measure(folder: Path, source: Path | None) -> tuple[float, int, int, int]:
    """(seconds, peak parent RSS, peak RSS of one worker, findings printed) of one check of ``folder``."""
    command = [str(ROOT / ".venv" / "bin" / "python"), "-m", "linter", "check", str(folder)]
    command += ["--format", "json", "--jobs", str(JOBS), "-q"]
    environment = {**os.environ, "PYTHONPATH": str(source)} if source else None
    with tempfile.TemporaryFile() as out:
        # Run where the code is: ``-m`` puts the working directory first on the path.
        seconds, peaks, returncode, errors = sampled(command, stdout=out, env=environment, cwd=source or ROOT)
        if returncode not in (0, 1):
            sys.exit(f"check failed: {errors.decode()}")
        out.seek(0)
        found = len(json.load(out))
    return seconds, peaks[0], peaks[1], found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="runs of each size: the figures are their medians")
    parser.add_argument("--source", type=Path, help="the code to measure: another checkout's root")
    arguments = parser.parse_args()
    rounds, source = arguments.rounds, arguments.source
    print(f"check --format json --jobs {JOBS} ({source or 'this checkout'}); {machine()}; medians of {rounds} rounds")
    figures = {}
    for count in COUNTS:
        with tempfile.TemporaryDirectory() as folder:
            generate(Path(folder), count)
            runs = [measure(Path(folder), source) for _ in range(rounds)]
            figures[count] = seconds, parent, worker, found = [statistics.median(column) for column in zip(*runs)]
            print(
                f"{count:6} reports, {found:6.0f} findings: {seconds:6.2f} s wall, peak RSS parent "
                f"{parent / 2**20:6.1f} MiB (each round: " + ", ".join(f"{run[1] / 2**20:.1f}" for run in runs) + "), "
                f"largest worker {worker / 2**20:5.1f} MiB"
            )
    small, large = figures[COUNTS[0]], figures[COUNTS[-1]]
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"parent memory 10,000 vs 1,000: {(large[1] - small[1]) / 2**20:+.1f} MiB")
    print(f"worker memory 10,000 vs 1,000: {(large[2] - small[2]) / 2**20:+.1f} MiB")


if __name__ == "__main__":
    main()
