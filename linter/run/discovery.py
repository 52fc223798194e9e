"""Settings files that apply to the folder they are in and every folder below it:
for a checked file, the closest one above it wins (configuration, the sidecar)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path


def closest(folder: Path, found_in: Callable[[Path], Path | None]) -> Path | None:
    """The first file ``found_in`` finds in ``folder`` or a folder above it."""
    for current in (folder, *folder.parents):
        if (found := found_in(current)) is not None:
            return found
    return None
