"""Readers turn a file into a ``Source``: one module per input format."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..source import Source, Unreadable
from . import text

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

Reader = Callable[[Path, bytes], Source | Unreadable]

READERS: dict[str, Reader] = {
    ".txt": text.read,
    ".md": text.read,
    ".markdown": text.read,
}

REPORT_SUFFIXES = frozenset(READERS)


def read(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Source | Unreadable:
    """Read any file given by the user; files of unknown type are tried as text."""
    shown = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Unreadable(shown, "too-large", f"{size / 1048576:.1f} MB > {max_bytes / 1048576:.0f} MB")
        data = path.read_bytes()
    except OSError as error:
        return Unreadable(shown, "io", error.strerror or type(error).__name__)
    reader = READERS.get(path.suffix.lower(), text.read)
    return reader(path, data)
