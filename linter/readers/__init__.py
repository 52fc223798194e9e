"""Readers turn a file into a ``Source``: one module per input format.

Word, HTML and PDF need optional extras (``xxgk-lint[docx]``, ``[html]``, ``[pdf]``);
their libraries are imported only when such a file is read, so that checking text
starts as fast as ever, and a missing extra is a GK001 finding naming it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..source import Source, Unreadable
from . import docx, html, pdf, text

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

Reader = Callable[[Path, bytes], Source | Unreadable]

READERS: dict[str, Reader] = {
    ".txt": text.read,
    ".md": text.read,
    ".markdown": text.read,
    ".docx": docx.read,
    ".doc": docx.read_legacy,
    ".wps": docx.read_legacy,
    ".html": html.read,
    ".htm": html.read,
    ".pdf": pdf.read,
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
