"""Benchmark: in-process time per report and its ratio to a single-pass floor, time
against input size, peak memory, reading time per HTML/PDF file, and the cold time of
one `xxgk-lint check`.

    python bench/run.py [--rounds N] [--clock wall|cpu] [FILE ...]

Reports are the bundled samples plus ../shared/corpus when present. Prints the
median and the minimum of the rounds, and the machine they were measured on: on a
shared virtual machine the median moves with the neighbours' load, the minimum is
what the code costs; ``--clock cpu`` times the in-process runs by this process's CPU
time, which moves much less when other tenants load the machine. Goals: ≤ 2 ms median per seed-sized report (the samples) in process; a 2 MB one-line
file in ≤ 1 s; 64 copies of a report's body in ≤ 70× the time of one; a cold
`xxgk-lint check` of one file from an installed wheel in ≤ 1.3× the time of
`python -c "import click, lark"` (``cold.py``). Reading a PDF costs what pdfminer takes to
parse its pages (about 0.1 s a page); it has no goal of its own.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import cold
import scale

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT))


def reports(paths: list[str]) -> list[Path]:
    if paths:
        return [Path(p) for p in paths]
    found = sorted((ROOT / "samples").glob("*.txt"))
    if CORPUS.is_dir():
        found += sorted(CORPUS.glob("*.txt"))
    return found


def documents() -> list[Path]:
    """The corpus files that are not text: what the HTML and PDF readers cost."""
    return sorted(p for p in CORPUS.glob("*") if p.suffix in (".html", ".pdf", ".docx")) if CORPUS.is_dir() else []


CLOCKS = {"wall": time.perf_counter, "cpu": time.process_time}
clock = CLOCKS["wall"]  # what ``timed`` reads (``--clock``)


def timed(action: Callable[[], object], rounds: int) -> tuple[float, float]:
    """Median and minimum milliseconds of ``action`` over ``rounds``, after one warm-up
    run (parser, rules and format libraries are loaded once per process)."""
    action()
    times = []
    for _ in range(rounds):
        start = clock()
        action()
        times.append(clock() - start)
    return statistics.median(times) * 1000, min(times) * 1000


def lint() -> Callable[[str], object]:
    """Lint a text in process, with the default rules."""
    from linter.readers.source import Source
    from linter.run.engine import Linter

    linter = Linter.default()
    return lambda text: linter.lint_source(Source("report.txt", text, "utf-8"))


def in_process(files: list[Path], rounds: int) -> dict[str, tuple[float, float]]:
    check = lint()
    texts = {path.name: path.read_text(encoding="utf-8") for path in files}
    return {name: timed(lambda t=text: check(t), rounds) for name, text in texts.items()}


def floor(files: list[Path], rounds: int) -> tuple[float, float]:
    """Median and minimum milliseconds per report of the single pass (``floor.py``)."""
    from floor import single_pass

    texts = [path.read_text(encoding="utf-8").split("\n") for path in files]
    median, least = timed(lambda: [single_pass(lines) for lines in texts], rounds)
    return median / len(texts), least / len(texts)


def reading(files: list[Path], rounds: int) -> dict[str, tuple[float, float]]:
    from linter import readers

    return {path.name: timed(lambda p=path: readers.read(p), rounds) for path in files}


def sizes(file: Path) -> None:
    """Time against input size, and peak memory, on ``file``'s text."""
    check = lint()
    report = file.read_text(encoding="utf-8")
    flat = scale.one_line(scale.body_of(report))
    print(f"2 MB on one line: {scale.seconds(lambda: check(flat), 3):.2f} s, the least of 3 runs (goal ≤ 1 s)")
    one = scale.seconds(lambda: check(scale.copies(report, 1)), 20)
    many = scale.seconds(lambda: check(scale.copies(report, scale.COPIES)), 3)
    print(f"{scale.COPIES} copies of {file.name}'s body: {many / one:.0f}× one copy (goal ≤ 70×)")
    peak = scale.peak_bytes(lambda: check(report))
    peak_big = scale.peak_bytes(lambda: check(flat))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"peak memory: heap {peak / 2**10:.0f} KiB for {file.name}, {peak_big / 2**20:.0f} MiB for 2 MB; process RSS {rss:.0f} MiB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*")
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--cold-rounds", type=int, default=30)
    parser.add_argument("--clock", choices=CLOCKS, default="wall", help="what the in-process runs are timed by")
    args = parser.parse_args()
    global clock
    clock = CLOCKS[args.clock]
    files = reports(args.files)
    print(f"machine: {cold.machine()}; in process timed by the {args.clock} clock")
    results = in_process(files, args.rounds)
    for name, (median, least) in results.items():
        print(f"  in process  median {median:6.2f} ms  min {least:6.2f} ms  {name}")
    medians = [m for m, _ in results.values()]
    minimums = [m for _, m in results.values()]
    median = statistics.median(medians)
    print(
        f"in process, over {len(files)} reports: median of medians {median:.2f} ms, "
        f"median of minimums {statistics.median(minimums):.2f} ms"
    )
    seeds = [results[p.name] for p in files if p.parent.name == "samples"]
    if seeds:  # the size the goal is stated for; the corpus reports are about twice as long
        print(
            f"in process, the {len(seeds)} seed reports (samples/): median of medians "
            f"{statistics.median(m for m, _ in seeds):.2f} ms, median of minimums "
            f"{statistics.median(m for _, m in seeds):.2f} ms (goal ≤ 2 ms median per seed-sized report)"
        )
    floor_median, floor_least = floor(files, args.rounds)
    print(
        f"single-pass floor (bench/floor.py): median {floor_median:.3f} ms, min {floor_least:.3f} ms per report; "
        f"linter / floor = {median / floor_median:.0f}× (medians)"
    )
    sizes(files[0])
    for name, (median, least) in reading(documents(), max(1, args.rounds // 20)).items():
        print(f"  reading     median {median:6.1f} ms  min {least:6.1f} ms  {name}")
    print("\n".join(cold.report(files[0], args.cold_rounds)))


if __name__ == "__main__":
    main()
