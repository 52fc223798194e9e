"""The long fuzzing profile: N mutated reports through the whole pipeline.

    python bench/fuzz.py [--cases 100000] [--seed 1] [--jobs 1] [--failures DIR]

Each case is a bundled sample or a corpus text file with 1–4 random mutations (see
tests/mutations.py), linted twice; the case fails when an exception or a GK000 comes
out, a position is outside the text, the second run differs, the JSON does not parse
or the case takes more than the time bound. Each failure is shrunk to a minimal
reproducer saved in DIR (the case's text, and what went wrong). Prints cases/s, the
failures and the total time, and the machine. Case k of seed s is the same on every
machine and with any --jobs.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from linter.run.engine import Linter  # noqa: E402
from tests.mutations import base_texts, mutate, problems, shrink  # noqa: E402

_state: dict = {}


def _start() -> None:
    _state["linter"] = Linter.default()
    _state["texts"] = base_texts()


def case_text(seed: int, number: int) -> str:
    rng = random.Random(f"{seed}:{number}")
    return mutate(rng.choice(_state["texts"]), rng)


def run_cases(seed: int, first: int, last: int) -> list[tuple[int, list[str], str]]:
    """Cases ``first`` to ``last`` (exclusive): (number, problems, minimal text) of each failure."""
    if not _state:
        _start()
    failures = []
    for number in range(first, last):
        text = case_text(seed, number)
        found = problems(_state["linter"], text)
        if found:
            failures.append((number, found, shrink(_state["linter"], text)))
    return failures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=1, help="processes (the cases are the same for any number)")
    parser.add_argument("--failures", type=Path, default=Path("fuzz-failures"), help="folder for reproducers")
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}", flush=True)
    batch = 500
    batches = [(args.seed, a, min(a + batch, args.cases)) for a in range(0, args.cases, batch)]
    start = time.perf_counter()
    failures, done = [], 0
    with ProcessPoolExecutor(args.jobs, initializer=_start) as pool:
        for (_, first, last), found in zip(batches, pool.map(run_cases, *zip(*batches))):
            done += last - first
            failures += found
            for number, what, text in found:
                _save(args.failures, args.seed, number, what, text)
            elapsed = time.perf_counter() - start
            print(f"{done} cases, {len(failures)} failures, {elapsed:.0f} s, {done / elapsed:.0f} cases/s", flush=True)
    elapsed = time.perf_counter() - start
    print(
        f"total: {done} cases (seed {args.seed}), {len(failures)} failures, {elapsed:.1f} s, {done / elapsed:.1f} cases/s"
    )
    sys.exit(1 if failures else 0)


def _save(folder: Path, seed: int, number: int, what: list[str], text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    name = f"seed{seed}-case{number}"
    (folder / f"{name}.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
    (folder / f"{name}.json").write_text(json.dumps({"problems": what}, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"FAIL {name}: {'; '.join(what)}", flush=True)


if __name__ == "__main__":
    main()
