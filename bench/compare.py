"""Benchmark: the cross-report stage (GK501–GK506) over a folder of 2N reports of N
organs for two years, to show that pairing and passage lookup take time linear in the
number of reports (no pair of reports is compared unless they are one organ's two years).

    python bench/compare.py [--sizes 500,1000,2000]

The reports are made from the bundled samples by changing the organ's name (青禾县 →
a name of its own for each organ) and the years (the report of 2023 and the one of the
year before). For each size it prints the time of the whole `check` (reading, per-file
rules and the cross-report stage), the time of the cross-report stage alone, each per
report, and the ratio of the largest size's time per report to the smallest's: close
to 1 when the cost is linear.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from run import machine  # noqa: E402

from linter.run import compare  # noqa: E402
from linter.run.check import CheckOptions, check_files  # noqa: E402
from linter.run.session import CommandLine, Session  # noqa: E402

SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
_DIGITS = "甲乙丙丁戊己庚辛壬癸"


def organ(number: int) -> str:
    """A county name of its own for each organ: 青禾 followed by the number in 甲乙丙…"""
    return "青禾" + "".join(_DIGITS[int(d)] for d in str(number)) + "县"


def generate(folder: Path, organs: int) -> None:
    """``organs`` organs, each with a report for 2023 and for 2022, from the samples."""
    texts = [p.read_text(encoding="utf-8") for p in SAMPLES]
    for number in range(organs):
        text = texts[number % len(texts)].replace("青禾县", organ(number))
        for year in (2023, 2022):
            shifted = (
                text if year == 2023 else text.replace("2022", "2021").replace("2023", "2022").replace("2024", "2023")
            )
            (folder / f"{number:05d}-{year}.txt").write_text(shifted, encoding="utf-8")


def measure(organs: int) -> tuple[float, float, int, int]:
    """(seconds for the whole check, seconds for the cross-report stage, reports paired, findings)."""
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        generate(folder, organs)
        stage = 0.0
        paired = 0
        original = compare.CrossReport.findings

        def timed(self):
            nonlocal stage, paired
            start = time.perf_counter()
            try:
                return original(self)
            finally:
                stage += time.perf_counter() - start
                paired = sum(1 for previous in self.pairs().values() if previous is not None)

        compare.CrossReport.findings = timed
        try:
            start = time.perf_counter()
            run = check_files(Session(CommandLine(select=("GK5",))), [folder], CheckOptions())
            found = sum(1 for _ in run.findings)  # the findings stream: the run is done when they are read
            total = time.perf_counter() - start
        finally:
            compare.CrossReport.findings = original
        return total, stage, paired, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="500,1000,2000", help="numbers of reports (two per organ)")
    sizes = [int(s) for s in parser.parse_args().sizes.split(",")]
    print(f"machine: {machine()}")
    per_report = {}
    for size in sizes:
        total, stage, paired, found = measure(size // 2)
        per_report[size] = (total / size, stage / size)
        print(
            f"{size:>5} reports ({size // 2} organs × 2 years): check {total:6.2f} s ({total / size * 1000:5.2f} ms/report),"
            f" cross-report stage {stage:5.3f} s ({stage / size * 1000:5.3f} ms/report), {paired} paired with last year's, {found} GK5xx findings"
        )
    small, large = per_report[sizes[0]], per_report[sizes[-1]]
    print(
        f"time per report, {sizes[-1]} vs {sizes[0]} reports: check ×{large[0] / small[0]:.2f},"
        f" cross-report stage ×{large[1] / small[1]:.2f} (1.00 = linear; all pairs would be ×{sizes[-1] / sizes[0]:.0f})"
    )


if __name__ == "__main__":
    main()
