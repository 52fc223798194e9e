"""Time against input size, and memory: a 2 MB page on one line (what a crawler
makes), ``COPIES`` copies of a report's body against one, the peak of the heap."""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Callable

ONE_LINE_CHARS = 2_000_000
COPIES = 64


def seconds(action: Callable[[], object], rounds: int = 3) -> float:
    """The least time of ``rounds`` runs of ``action``."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


def one_line(body: str) -> str:
    """The body run into one line, repeated to ``ONE_LINE_CHARS`` characters."""
    flat = " ".join(body.split("\n"))
    return (flat * (ONE_LINE_CHARS // len(flat) + 1))[:ONE_LINE_CHARS]


def body_of(report: str) -> str:
    """A report without its title line: what can be repeated and still parse as sections."""
    return report.split("\n", 1)[1]


def copies(report: str, count: int) -> str:
    title, body = report.split("\n", 1)[0], body_of(report)
    return title + "\n" + body * count


def peak_bytes(action: Callable[[], object]) -> int:
    """The most memory the heap held while ``action`` ran (tracemalloc)."""
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
