"""What the parser's LALR tables cost: built from the grammar, or thawed from the Python
literals frozen in linter/parse/lalr_tables.py (see linter/parse/freeze.py).

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

from linter.parse import lalr_tables  # noqa: E402
from linter.parse.freeze import PassThrough, build_parser, grammar_text, thawed  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    grammar = grammar_text()
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    )
    for name, make in (
        ("built from the grammar", lambda: build_parser(grammar)),
        ("thawed from lalr_tables", lambda: thawed(lalr_tables.DATA, lalr_tables.MEMO, PassThrough)),
    ):
        start = time.process_time()
        make()
        first = time.process_time() - start
        times = []
        for _ in range(args.rounds):
            start = time.process_time()
            make()
            times.append(time.process_time() - start)
        print(
            f"{name}: first {first * 1000:.1f} ms CPU; then median {statistics.median(times) * 1000:.2f} ms, "
            f"min {min(times) * 1000:.2f} ms over {args.rounds}"
        )


if __name__ == "__main__":
    main()
