"""A file's ``Path`` made without interning its name.

pathlib interns every part of a path it parses. The interpreter's table of interned
strings, once some 11,000 names have passed through it (each dropped again: a name
used once), is made anew one size larger, and stays so: that was the parent's whole
growth in memory from an audit of 1,000 reports to one of 10,000 (0.4 to 1 MiB).
``Path.iterdir`` makes a folder's children without parsing them; so do these.
"""

from __future__ import annotations

import os
from pathlib import Path

_CHILD = getattr(Path, "_make_child_relpath", None)  # pathlib's own, for the names a folder lists (3.11+)
_folder: tuple[str | None, Path] = (None, Path())  # the folder last made a Path: most files share one


def child(folder: Path, name: str) -> Path:
    """``folder / name`` for a name a folder lists, as ``Path.iterdir`` makes it: not interned."""
    return _CHILD(folder, name) if _CHILD is not None else folder / name


def as_path(text: str) -> Path:
    """``Path(text)`` for a file's path as ``str(Path)`` gives it, its name not interned."""
    global _folder
    folder, slash, name = text.rpartition("/")
    if os.sep != "/" or not slash or name in ("", ".", ".."):
        return Path(text)
    if folder != _folder[0]:
        _folder = (folder, Path(folder or "/"))
    return child(_folder[1], name)
