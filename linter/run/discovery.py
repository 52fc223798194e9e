"""Settings files that apply to the folder they are in and every folder below it:
for a checked file, the closest one above it wins (configuration, the sidecar)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path


class Closest:
    """The file ``found_in`` finds in a folder or the closest folder above it, each folder
    looked up once however many files below it ask (folders can be nested thousands deep)."""

    def __init__(self, found_in: Callable[[Path], Path | None]):
        self.found_in = found_in
        self._found: dict[Path, Path | None] = {}

    def __call__(self, folder: Path) -> Path | None:
        below: list[Path] = []  # folders looked at now: none holds a file, up to ``current``
        current = folder
        while current not in self._found:
            below.append(current)
            if (found := self.found_in(current)) is not None or current.parent == current:
                break
            current = current.parent
        else:
            found = self._found[current]
        for seen in below:
            self._found[seen] = found
        return found


def walk(root: Path, unlisted: Callable[[Path], None]) -> Iterator[tuple[Path, list[str], Iterator[str]]]:
    """``os.walk`` top-down, without recursion (folders can be nested thousands deep):
    each folder, its subfolders, sorted (the caller may prune the list), and its files, in
    the order the folder lists them, read as the caller takes them (a folder may hold
    10,000: their names are not all held at once). Links to folders are not followed; a
    folder that cannot be listed goes to ``unlisted``."""
    pending = [root]
    while pending:
        current = pending.pop()
        try:
            folders = sorted(name for name, folder in _entries(current) if folder)
        except OSError:
            unlisted(current)
            continue
        yield current, folders, (name for name, folder in _entries(current, listed=True) if not folder)
        pending.extend(current / name for name in reversed(folders))


def _entries(folder: Path, listed: bool = False) -> Iterator[tuple[str, bool]]:
    """Each entry's name and whether it is a folder; ``listed``: the folder was listed a
    moment ago, and if it cannot be now, its files went with it."""
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                yield entry.name, entry.is_dir(follow_symlinks=False)
    except OSError:
        if not listed:
            raise
