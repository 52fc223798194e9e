"""``audit --jobs 2`` over 10,000 seed-sized reports (and 1,000, for memory): the wall
time, the CPU time, and the peak resident memory of the parent process and of its
largest worker, sampled from /proc while the run goes; medians over ``--rounds`` runs
(3 unless told), with the machine they ran on. Run: ``.venv/bin/python bench/audit.py``.

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


def measure(folder: Path) -> tuple[float, float, int, int]:
    """(seconds, CPU seconds of the command and its workers, peak parent RSS, peak RSS of
    one worker) of one audit of ``folder``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    command = [str(ROOT / ".venv" / "bin" / "xxgk-lint"), "audit", str(folder), "--jobs", str(JOBS), "-q"]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
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
    if process.returncode not in (0, 1):
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
    rounds = parser.parse_args().rounds
    print(f"audit --jobs {JOBS}; {machine()}; medians of {rounds} rounds")
    figures = {}
    for count in COUNTS:
        with tempfile.TemporaryDirectory() as folder:
            generate(Path(folder), count)
            runs = [measure(Path(folder)) for _ in range(rounds)]
            figures[count] = seconds, cpu, parent, worker = [statistics.median(column) for column in zip(*runs)]
            print(
                f"{count:6} reports: {seconds:6.2f} s wall ({count / seconds:4.0f} reports/s), {cpu:6.2f} s CPU "
                f"({cpu / count * 1000:4.2f} ms a report), peak RSS parent {parent / 2**20:5.1f} MiB, "
                f"largest worker {worker / 2**20:5.1f} MiB; wall of each round: "
                + ", ".join(f"{run[0]:.2f}" for run in runs)
            )
    load = os.getloadavg()[0]
    small, large = figures[COUNTS[0]], figures[COUNTS[-1]]
    print(f"load average {load:.1f} on {os.cpu_count()} CPUs (other work on the machine slows the wall time)")
    print(f"10,000 within {LIMIT_SECONDS:.0f} s wall: {'yes' if large[0] <= LIMIT_SECONDS else 'NO'}")
    print(f"parent memory 10,000 vs 1,000: {(large[2] - small[2]) / 2**20:+.1f} MiB")
    print(f"worker memory 10,000 vs 1,000: {(large[3] - small[3]) / 2**20:+.1f} MiB")


if __name__ == "__main__":
    main()
