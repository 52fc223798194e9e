"""``xxgk-lint check -``: the report on standard input, named by ``--stdin-filename``
(its suffix chooses the reader, its folder the configuration), ``-`` when unnamed."""

from __future__ import annotations

import sys
from pathlib import Path

from linter.core.errors import RunError
from linter.core.record import Record

STDIN = "-"


class Piped(Record):
    """What came on standard input, and the name it is checked and reported under."""

    name: Path
    data: bytes


def is_stdin(path: Path | str) -> bool:
    return str(path) == STDIN


def read_stdin(name: str | None) -> Piped:
    try:
        data = sys.stdin.buffer.read()
    except (OSError, AttributeError) as error:
        raise RunError(f"cannot read standard input: {error}") from None
    return Piped(Path(name or STDIN), data)
