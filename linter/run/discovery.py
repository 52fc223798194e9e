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


def walk(root: Path, unlisted: Callable[[Path], None]) -> Iterator[tuple[Path, list[str], list[str]]]:
    """``os.walk`` top-down, without recursion (folders can be nested thousands deep):
    each folder, its subfolders (the caller may prune the list) and its files. Links to
    folders are not followed; a folder that cannot be listed goes to ``unlisted``."""
    pending = [root]
    while pending:
        current = pending.pop()
        try:
            entries = list(os.scandir(current))
        except OSError:
            unlisted(current)
            continue
        folders = sorted(e.name for e in entries if e.is_dir(follow_symlinks=False))
        files = sorted(e.name for e in entries if not e.is_dir(follow_symlinks=False))
        yield current, folders, files
        pending.extend(current / name for name in reversed(folders))
