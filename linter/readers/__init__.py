"""Readers turn a file into a ``Source``: one module per input format.

Word and HTML are read with xxgk-lint's own dependencies; PDF needs the ``pdf`` extra.
A reader module, and its library, is imported only when a file of its format is read,
so that checking text starts as fast as ever; a missing library is a GK001 finding
with the command that installs it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from linter.readers.files import read_bounded
from linter.readers.source import Source, Unreadable

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

Reader = Callable[[Path, bytes], Source | Unreadable]

# suffix → "module:function" of this package
READERS: dict[str, str] = {
    ".txt": "text:read",
    ".md": "text:read",
    ".markdown": "text:read",
    ".docx": "docx:read",
    ".doc": "docx:read_legacy",
    ".wps": "docx:read_legacy",
    ".html": "html:read",
    ".htm": "html:read",
    ".pdf": "pdf:read",
}

REPORT_SUFFIXES = frozenset(READERS)


def read(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Source | Unreadable:
    """Read any file given by the user; files of unknown type are tried as text."""
    data = read_bounded(path, max_bytes)
    if isinstance(data, Unreadable):
        return data
    return reader(path.suffix)(path, data)


def read_data(path: Path, data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> Source | Unreadable:
    """Read ``data`` (standard input, an editor's buffer) as a file named ``path`` would be."""
    if len(data) > max_bytes:
        return Unreadable(str(path), "too-large", f"{len(data) / 1048576:.1f} MB > {max_bytes / 1048576:.0f} MB")
    return reader(path.suffix)(path, data)


def reader(suffix: str) -> Reader:
    """The reader for files ending in ``suffix``; files of unknown type are read as text."""
    module, function = READERS.get(suffix.lower(), "text:read").split(":")
    return getattr(importlib.import_module(f"{__name__}.{module}"), function)
