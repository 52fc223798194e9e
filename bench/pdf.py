"""Reading PDFs, per file and per reader: pdfminer (the default) and pdfium
(``XXGK_LINT_PDF_READER=pdfium``, see ``linter/readers/pdf_pdfium.py``), the median and
the minimum seconds of ``--rounds`` readings (7 unless told), with the machine they ran
on, and whether ``check --format json`` gives the same findings with both.

The files: the corpus's PDFs (``XXGK_LINT_CORPUS`` or ../shared/corpus) and the samples
written as PDF by the tests' ``report_formats.to_pdf`` (reportlab). Run:
``.venv/bin/python bench/pdf.py``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit import machine  # noqa: E402

from linter.readers import pdf, pdf_pdfium  # noqa: E402
from tests.report_formats import to_pdf  # noqa: E402

CORPUS = Path(os.environ.get("XXGK_LINT_CORPUS") or ROOT.parent / "shared" / "corpus")
READERS = ("pdfminer", "pdfium")


def files(folder: Path) -> list[Path]:
    """The corpus's PDFs, and each sample written as a PDF into ``folder``."""
    written = []
    for sample in sorted((ROOT / "samples").glob("*.txt")):
        path = folder / f"{sample.stem}.pdf"
        path.write_bytes(to_pdf(sample.read_text(encoding="utf-8")))
        written.append(path)
    return sorted(CORPUS.glob("*.pdf")) + written


def seconds(path: Path, reader: str, rounds: int) -> list[float]:
    os.environ[pdf_pdfium.ENV] = reader
    data = path.read_bytes()
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        pdf.read(path, data)
        times.append(time.perf_counter() - start)
    return times


def findings(path: Path, reader: str) -> bytes:
    command = [str(ROOT / ".venv" / "bin" / "xxgk-lint"), "check", "--format", "json", "-q", str(path)]
    return subprocess.run(command, capture_output=True, env={**os.environ, pdf_pdfium.ENV: reader}).stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=7, help="readings of each file by each reader")
    rounds = parser.parse_args().rounds
    print(f"reading PDFs; {machine()}; load average {os.getloadavg()[0]:.1f}; {rounds} rounds")
    with tempfile.TemporaryDirectory() as folder:
        totals = {reader: [0.0, 0.0] for reader in READERS}
        for path in files(Path(folder)):
            seconds(path, READERS[0], 1)  # once first: imports and caches are not the file's
            row = []
            for reader in READERS:
                times = seconds(path, reader, rounds)
                median, least = statistics.median(times), min(times)
                totals[reader][0] += median
                totals[reader][1] += least
                row.append(f"{reader} median {median:.3f} s, min {least:.3f} s")
            same = findings(path, READERS[0]) == findings(path, READERS[1])
            print(f"{path.name:36} " + "; ".join(row) + f"; same findings: {'yes' if same else 'NO'}")
    (miner_median, miner_min), (fast_median, fast_min) = totals.values()
    print(
        f"all files: pdfminer {miner_median:.3f} s (min {miner_min:.3f}), pdfium {fast_median:.3f} s "
        f"(min {fast_min:.3f}): {miner_median / fast_median:.1f}× by medians, {miner_min / fast_min:.1f}× by minimums"
    )


if __name__ == "__main__":
    main()
