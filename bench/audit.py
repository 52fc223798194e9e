"""``audit --jobs 2`` over 10,000 seed-sized reports (and 1,000, for memory): the wall
time, the CPU time, and the peak resident memory of the parent process and of its
largest worker, sampled from /proc while the run goes; medians over ``--rounds`` runs
(3 unless told), with the machine they ran on. Run: ``.venv/bin/python bench/audit.py``;
``--against OTHER`` alternates each round with another checkout's (its own .venv), so
that two versions are measured at the same hour of a machine whose speed drifts.

The reports are the samples with their organ renamed (青禾县 → 青禾1县 …) and, in one
report in three, a table figure changed, so that no two files are alike.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
COUNTS = (1_000, 10_000)
JOBS = 2
LIMIT_SECONDS = 15.0
PAGE = os.sysconf("SC_PAGE_SIZE")


def generate(folder: Path, count: int) -> None:
    texts = [p.read_text(encoding="utf-8") for p in SAMPLES]
    for index in range(count):
        text = texts[index % len(texts)].replace("青禾县", f"青禾{index}县")
        if index % 3 == 0:
            text = text.replace("本年新收政府信息公开申请", "本年新收政府信息公开申请 ", 1)
        (folder / f"{index:05d}.txt").write_text(text, encoding="utf-8")


def rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as statm:
            return int(statm.read().split()[1]) * PAGE
    except OSError:
        return 0


def descendants(pid: int) -> list[int]:
    found, frontier = [], [pid]
    while frontier:
        parent = frontier.pop()
        try:
            children = Path(f"/proc/{parent}/task/{parent}/children").read_text().split()
        except OSError:
            continue
        found += [int(c) for c in children]
        frontier += [int(c) for c in children]
    return found


def sampled(command: list[str], **popen) -> tuple[float, list[int], int, bytes]:
    """(seconds, [peak RSS of the process, of its largest descendant], exit status, its
    stderr) of ``command``, its memory sampled from /proc every 20 ms while it runs."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stderr=subprocess.PIPE, **popen)
    peaks = [0, 0]

    def sample() -> None:
        while process.poll() is None:
            peaks[0] = max(peaks[0], rss(process.pid))
            peaks[1] = max([peaks[1], *(rss(c) for c in descendants(process.pid))])
            time.sleep(0.02)

    sampler = threading.Thread(target=sample)
    sampler.start()
    _, errors = process.communicate()
    seconds = time.perf_counter() - start
    sampler.join()
    return seconds, peaks, process.returncode, errors


def measure(folder: Path, tree: Path = ROOT) -> tuple[float, float, int, int]:
    """(seconds, CPU seconds of the command and its workers, peak parent RSS, peak RSS of
    one worker) of one audit of ``folder`` by the checkout ``tree`` (its own .venv)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    command = [str(tree / ".venv" / "bin" / "xxgk-lint"), "audit", str(folder), "--jobs", str(JOBS), "-q"]
    seconds, peaks, returncode, errors = sampled(command, stdout=subprocess.DEVNULL)
    if returncode not in (0, 1):
        sys.exit(f"audit failed: {errors.decode()}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return seconds, cpu, peaks[0], peaks[1]


def machine() -> str:
    """The processor, the CPUs, the memory and the Python of this machine."""
    model = platform.processor() or platform.machine()
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text()
        model = next(line.split(":", 1)[1].strip() for line in cpuinfo.splitlines() if line.startswith("model name"))
        memory = int(Path("/proc/meminfo").read_text().split()[1]) / 2**20
    except (OSError, StopIteration, IndexError, ValueError):
        memory = 0.0
    return f"{model}, {os.cpu_count()} CPUs, {memory:.1f} GiB, {platform.system()}, Python {sys.version.split()[0]}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="runs of each size: the figures are their medians")
    parser.add_argument(
        "--against",
        type=Path,
        help="another checkout with its own .venv (say, the code before a change): its rounds alternate with this one's",
    )
    arguments = parser.parse_args()
    rounds, trees = arguments.rounds, [ROOT, *([arguments.against.resolve()] if arguments.against else [])]
    print(f"audit --jobs {JOBS}; {machine()}; medians of {rounds} rounds" + (", alternated" if len(trees) > 1 else ""))
    for tree in trees:
        print(f"{tree}: {_commit(tree)}")
    figures: dict[tuple[Path, int], list[float]] = {}
    for count in COUNTS:
        with tempfile.TemporaryDirectory() as folder:
            generate(Path(folder), count)
            runs: dict[Path, list[tuple[float, float, int, int]]] = {tree: [] for tree in trees}
            for _ in range(rounds):
                for tree in trees:
                    runs[tree].append(measure(Path(folder), tree))
            for tree in trees:
                figures[tree, count] = _report(count, runs[tree], tree if len(trees) > 1 else None)
    load = os.getloadavg()[0]
    print(f"load average {load:.1f} on {os.cpu_count()} CPUs (other work on the machine slows the wall time)")
    for tree in trees:
        small, large = figures[tree, COUNTS[0]], figures[tree, COUNTS[-1]]
        named = f"{tree.name}: " if len(trees) > 1 else ""
        print(f"{named}10,000 within {LIMIT_SECONDS:.0f} s wall: {'yes' if large[0] <= LIMIT_SECONDS else 'NO'}")
        print(f"{named}parent memory 10,000 vs 1,000: {(large[2] - small[2]) / 2**20:+.1f} MiB")
        print(f"{named}worker memory 10,000 vs 1,000: {(large[3] - small[3]) / 2**20:+.1f} MiB")


def _report(count: int, runs: list[tuple[float, float, int, int]], tree: Path | None) -> list[float]:
    """Print the medians of ``runs`` of ``count`` reports, and give them."""
    seconds, cpu, parent, worker = medians = [statistics.median(column) for column in zip(*runs)]
    print(
        (f"{tree.name}: " if tree else "")
        + f"{count:6} reports: {seconds:6.2f} s wall ({count / seconds:4.0f} reports/s), {cpu:6.2f} s CPU "
        f"({cpu / count * 1000:4.2f} ms a report), peak RSS parent {parent / 2**20:5.1f} MiB, "
        f"largest worker {worker / 2**20:5.1f} MiB; wall of each round: "
        + ", ".join(f"{run[0]:.2f}" for run in runs)
        + "; CPU ms a report: "
        + ", ".join(f"{run[1] / count * 1000:.2f}" for run in runs)
    )
    return medians


def _commit(tree: Path) -> str:
    """The commit checked out in ``tree`` (and whether it has changes), or what is known of it."""
    try:
        head = subprocess.run(["git", "-C", str(tree), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
        dirty = subprocess.run(["git", "-C", str(tree), "status", "--porcelain"], capture_output=True, text=True)
    except OSError:
        return "not a git checkout"
    if head.returncode != 0:
        return "not a git checkout"
    return head.stdout.strip() + (" with changes" if dirty.stdout.strip() else "")


if __name__ == "__main__":
    main()
