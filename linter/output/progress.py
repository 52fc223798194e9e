"""A one-line progress bar on stderr, for runs over many files: only on a terminal."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TextIO

WIDTH = 30


def progress_bar(quiet: bool, stream: TextIO | None = None) -> Callable[[int, int], None] | None:
    """A callback ``(done, total)`` drawing the bar, or None when quiet or not on a terminal."""
    stream = stream or sys.stderr
    if quiet or not stream.isatty():
        return None

    def draw(done: int, total: int) -> None:
        filled = WIDTH * done // max(total, 1)
        end = "\n" if done >= total else ""
        stream.write(f"\r[{'#' * filled}{'.' * (WIDTH - filled)}] {done}/{total}{end}")
        stream.flush()

    return draw
