"""Where a command's output goes, written as it comes: standard output, or the --output
file, opened at the first piece, so that a run that fails before it has anything to say
leaves no file behind."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import IO

from linter.core.errors import RunError

FLUSHED = 1 << 16  # characters gathered before they are written


class Sink:
    """Text written to ``echo`` (standard output), or to ``path`` when given."""

    def __init__(self, path: Path | None, echo: Callable[[str], None]):
        self._path, self._echo = path, echo
        self._file: IO[str] | None = None
        self._pieces: list[str] = []
        self._size = 0

    def write(self, text: str) -> None:
        self._pieces.append(text)
        self._size += len(text)
        if self._size >= FLUSHED:
            self.flush()

    def flush(self) -> None:
        text = _surrogates_escaped("".join(self._pieces))
        self._pieces, self._size = [], 0
        if self._path is None:
            if text:
                self._echo(text)
            return
        try:
            if self._file is None:
                self._file = self._path.open("w", encoding="utf-8")
            self._file.write(text)
        except OSError as error:
            raise RunError(f"{self._path}: cannot write the output: {error.strerror or error}") from None

    def close(self) -> None:
        """Write what is left (and create the file, empty if nothing was written)."""
        self.flush()
        if self._file is not None:
            self._file.close()


def _surrogates_escaped(text: str) -> str:
    """A file name that is not UTF-8 (or a lone surrogate in the text) cannot be written
    as UTF-8: written as a \\uXXXX escape, which JSON reads back as the same string. (The
    pattern is compiled only for such a text: most never have one.)"""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return re.sub("[\ud800-\udfff]", lambda m: f"\\u{ord(m.group()):04x}", text)
    return text
