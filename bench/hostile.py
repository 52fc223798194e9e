"""Hostile files at full size (as ../shared/hostile builds them): the wall time and peak
memory of one `xxgk-lint check` of each, in a child process, and its first finding.

    python bench/hostile.py [--timeout SECONDS]

Goal: every file ends within a few seconds and bounded memory, with a GK001 finding.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import hostile  # noqa: E402

FULL_SIZE: dict[str, Callable[[], bytes]] = {
    "amp.docx": lambda: hostile.amplified_numbering(paragraphs=300, repeats=20000),
    "lying.docx": lambda: hostile.lying_document(inflated=int(1.5 * 2**30)),
    "loop.pdf": hostile.reference_loop,
    "bomb.pdf": lambda: hostile.flate_bomb(inflated=2**30),
    "pages.pdf": lambda: hostile.many_pages(100_000),
    "grid.pdf": lambda: hostile.ruled_grid(100, 132),
    "deep.html": lambda: hostile.deep_html(20_000, closed=False),
}


# The child reports its own peak memory on stderr as it exits.
_CHILD = (
    "import resource, sys\n"
    "from linter.cli import main\n"
    "try:\n"
    "    main(['check', '--format', 'json', sys.argv[1]])\n"
    "finally:\n"
    "    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
)


def measure(path: Path, timeout: float) -> str:
    """`check` of ``path`` in a child: seconds, peak memory, exit status, first finding."""
    start = time.perf_counter()
    try:
        child = subprocess.run(
            [sys.executable, "-c", _CHILD, str(path)], capture_output=True, cwd=ROOT, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        return f"{path.name}: more than {timeout:.0f} s (killed)"
    seconds = time.perf_counter() - start
    findings = json.loads(child.stdout or b"[]")
    first = f"{findings[0]['rule']} {findings[0]['message'][:70]}" if findings else "no finding"
    peak = int(child.stderr.split()[-1]) / 1024 if child.stderr.split() else float("nan")
    return f"{path.name}: {seconds:.2f} s, {peak:.0f} MB peak, exit {child.returncode}: {first}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--timeout", type=float, default=120.0)
    timeout = parser.parse_args().timeout
    print(f"{platform.node()} {platform.machine()} {os.cpu_count()} CPUs, Python {platform.python_version()}")
    with tempfile.TemporaryDirectory() as folder:
        for name, build in FULL_SIZE.items():
            path = Path(folder, name)
            path.write_bytes(build())
            print(measure(path, timeout), flush=True)


if __name__ == "__main__":
    main()
