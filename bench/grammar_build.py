"""What building the parser's LALR tables costs, now that they are built on each run
instead of unpickled from a cache (see linter/parse/parser.py).

    python bench/grammar_build.py [--rounds N]

Prints the CPU time of the first build in a fresh process (what a cold `check` pays)
and the median and minimum of N more, and the machine.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from linter.parse.parser import build_parser  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    start = time.process_time()
    build_parser()
    first = time.process_time() - start
    times = []
    for _ in range(args.rounds):
        start = time.process_time()
        build_parser()
        times.append(time.process_time() - start)
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    )
    print(
        f"first build {first * 1000:.1f} ms CPU; then median {statistics.median(times) * 1000:.1f} ms, "
        f"min {min(times) * 1000:.1f} ms over {args.rounds}"
    )


if __name__ == "__main__":
    main()
