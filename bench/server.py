"""What the language server spends on each change of a document: the findings of a
report's text as the editor sends it, linted in-process as ``xxgk-lint server`` does
(a new session each time, so that configuration edits are seen).

    python bench/server.py [--rounds N] [FILE]

Prints the median and the minimum over N rounds after one warm-up, and the machine.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.cold import machine  # noqa: E402
from linter.server.diagnostics import findings  # noqa: E402

SAMPLE = ROOT / "samples" / "2023-qinghe-education-bureau.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("file", nargs="?", type=Path, default=SAMPLE)
    args = parser.parse_args()
    text = args.file.read_text(encoding="utf-8")
    as_path = Path.cwd() / args.file.name
    count = len(findings(as_path, text, "zh"))  # warm-up: caches, imports
    times = []
    for _ in range(args.rounds):
        start = time.perf_counter()
        findings(as_path, text, "zh")
        times.append((time.perf_counter() - start) * 1000)
    print(f"machine: {machine()}")
    print(
        f"one change of {args.file.name} ({count} findings): median {statistics.median(times):.1f} ms, "
        f"min {min(times):.1f} ms over {args.rounds} rounds"
    )


if __name__ == "__main__":
    main()
