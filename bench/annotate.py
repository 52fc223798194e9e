"""Benchmark: writing the annotated Word copy (``check --annotate``) against a check
alone, for the test suite's Word report and for ``COPIES`` copies of its body in one
document (many findings, many paragraphs and tables).

    python bench/annotate.py [--rounds N]

Prints the least time of the rounds, and the machine.
"""

from __future__ import annotations

import argparse
import platform
import sys
import tempfile
from pathlib import Path

import scale

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from linter.output.annotate import annotate  # noqa: E402
from linter.run.engine import Linter  # noqa: E402
from tests import report_formats  # noqa: E402

COPIES = 20


def measure(report: str, folder: Path, rounds: int) -> tuple[int, float, float]:
    """(findings, seconds to check, seconds to check and write the copy)."""
    original = folder / "report.docx"
    original.write_bytes(report_formats.to_docx(report))
    linter = Linter.default()
    findings = linter.lint_path(original)
    check = scale.seconds(lambda: linter.lint_path(original), rounds)
    both = scale.seconds(lambda: annotate((original,), linter.lint_path(original), folder / "copy.docx", "zh"), rounds)
    return len(findings), check, both


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    rounds = parser.parse_args().rounds
    print(f"{platform.machine()} {platform.processor() or ''} python {platform.python_version()}".strip())
    with tempfile.TemporaryDirectory() as folder:
        for label, report in [
            ("the Word report", report_formats.REPORT),
            (f"{COPIES} copies of its body", scale.copies(report_formats.REPORT, COPIES)),
        ]:
            count, check, both = measure(report, Path(folder), rounds)
            print(
                f"{label}: {count} findings; check {check * 1000:.0f} ms, check + annotated copy {both * 1000:.0f} ms"
            )


if __name__ == "__main__":
    main()
