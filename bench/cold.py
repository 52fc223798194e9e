"""Cold start: `xxgk-lint check FILE` from an installed wheel against the imports it cannot
avoid (`python -c "import click, lark"`), with the same interpreter.

    python bench/cold.py [--rounds N] [FILE]

Builds the wheel of this checkout, installs it into a new virtual environment in a
temporary folder (pip compiles the bytecode there, as for users), runs each command
once to warm the file system and caches, then N times, alternately. Prints the median and the
minimum of each, their ratio (goal ≤ 1.3) and the machine; and the same for the CPU time
the commands used (user + system), which moves less than the wall time when other
tenants load the machine.
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
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "2023-qinghe-county.txt"
GOAL = 1.3


def install(folder: Path) -> Path:
    """The bin folder of a new virtual environment in ``folder`` with the wheel installed."""
    quiet = {"check": True, "stdout": subprocess.DEVNULL}
    wheels = folder / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", str(ROOT), "-w", str(wheels), "--no-deps"], **quiet)
    subprocess.run([sys.executable, "-m", "venv", str(folder / "venv")], **quiet)
    bin_folder = folder / "venv" / ("Scripts" if os.name == "nt" else "bin")
    wheel = next(wheels.glob("*.whl"))
    subprocess.run([str(bin_folder / "python"), "-m", "pip", "install", "-q", str(wheel)], **quiet)
    return bin_folder


def elapsed(command: list[str]) -> tuple[float, float]:
    """Milliseconds of one run of ``command``: wall time, and CPU time (user + system)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return wall * 1000, cpu * 1000


def cold(bin_folder: Path, file: Path, rounds: int) -> dict[str, list[tuple[float, float]]]:
    """The (wall, CPU) times of a check of ``file`` and of the bare imports, run alternately."""
    commands = {
        "check": [str(bin_folder / "xxgk-lint"), "check", str(file)],
        "imports": [str(bin_folder / "python"), "-c", "import click, lark"],
    }
    for command in commands.values():
        elapsed(command)  # warm-up: the file system cache, and the caches of xxgk-lint
    measured: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for _ in range(rounds):  # alternating, so both see the same load on the machine
        for name, command in commands.items():
            measured[name].append(elapsed(command))
    return measured


def machine() -> str:
    try:
        info = Path("/proc/cpuinfo").read_text().splitlines()
    except OSError:
        info = []
    cpu = next((line.split(":", 1)[1].strip() for line in info if line.startswith("model name")), platform.machine())
    return f"{cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.system()} {platform.release()}"


def report(file: Path, rounds: int) -> list[str]:
    """The lines that say what a cold check of ``file`` costs against the bare imports."""
    with tempfile.TemporaryDirectory(prefix="xxgk-cold-") as folder:
        measured = cold(install(Path(folder)), file.resolve(), rounds)
    lines = []
    for index, clock in enumerate(("wall", "CPU")):
        times = {name: [run[index] for run in runs] for name, runs in measured.items()}
        for name, label in (("check", f"xxgk-lint check {file.name}"), ("imports", 'python -c "import click, lark"')):
            values = times[name]
            lines.append(
                f"{label}: {clock} median {statistics.median(values):.0f} ms, min {min(values):.0f} ms over {rounds} runs"
            )
        ratio = statistics.median(times["check"]) / statistics.median(times["imports"])
        least = min(times["check"]) / min(times["imports"])
        lines.append(f"cold ratio ({clock}): {ratio:.2f} of the medians, {least:.2f} of the minimums (goal ≤ {GOAL})")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("file", nargs="?", type=Path, default=SAMPLE)
    args = parser.parse_args()
    print(f"machine: {machine()}")
    print("\n".join(report(args.file, args.rounds)))


if __name__ == "__main__":
    main()
