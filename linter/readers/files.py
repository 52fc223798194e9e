"""The bytes of a file named as a report: a regular file only, and never more than a limit.

A FIFO would block the run until someone writes to it, and a device such as
``/dev/zero`` never ends: the file is opened without blocking and refused unless it is a
regular file. Its size in the directory is not trusted either (``/proc`` files say 0,
a file may grow while it is read): at most the limit plus one byte is read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from linter.readers.source import Unreadable

_CHUNK = 1 << 20
_KINDS = (
    (stat.S_ISFIFO, "FIFO"),
    (stat.S_ISCHR, "character device"),
    (stat.S_ISBLK, "block device"),
    (stat.S_ISSOCK, "socket"),
    (stat.S_ISDIR, "folder"),
)


def read_bounded(path: Path, max_bytes: int) -> bytes | Unreadable:
    """The file's bytes, or GK001 saying why they were not read."""
    shown = str(path)
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as error:
        return Unreadable(shown, "io", error.strerror or type(error).__name__)
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            return Unreadable(shown, "not-a-file", _kind(status.st_mode))
        data = b"" if status.st_size > max_bytes else _read_at_most(descriptor, max_bytes + 1)
    except OSError as error:
        return Unreadable(shown, "io", error.strerror or type(error).__name__)
    finally:
        os.close(descriptor)
    if status.st_size > max_bytes or len(data) > max_bytes:
        size = max(status.st_size, len(data))
        return Unreadable(shown, "too-large", f"{size / 1048576:.1f} MB > {max_bytes / 1048576:.0f} MB")
    return data


def _read_at_most(descriptor: int, limit: int) -> bytes:
    chunks: list[bytes] = []
    left = limit
    while left > 0:
        chunk = os.read(descriptor, min(_CHUNK, left))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")
