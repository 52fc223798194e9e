"""Settings files that apply to the folder they are in and every folder below it:
for a checked file, the closest one above it wins (configuration, the sidecar)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

from linter.readers import REPORT_SUFFIXES


def closest(folder: Path, found_in: Callable[[Path], Path | None]) -> Path | None:
    """The first file ``found_in`` finds in ``folder`` or a folder above it."""
    for current in (folder, *folder.parents):
        if (found := found_in(current)) is not None:
            return found
    return None


def walk_reports(folder: Path) -> Iterator[Path]:
    """Every report file under ``folder``, hidden files and folders skipped; symbolic links
    to folders not followed. A folder that cannot be listed is given itself, so that
    reading it reports why (GK001) instead of skipping it without a word. Without
    recursion: folders can be nested thousands deep."""
    pending = [folder]
    while pending:
        current = pending.pop()
        try:
            entries = list(os.scandir(current))
        except OSError:
            yield current
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_dir(follow_symlinks=False):
                pending.append(Path(entry.path))
            elif entry.is_file() and os.path.splitext(entry.name)[1].lower() in REPORT_SUFFIXES:
                yield Path(entry.path)
