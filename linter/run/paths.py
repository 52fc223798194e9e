"""Paths kept on disk, not in memory: a private temporary SQLite database (as
``digests``), so that a run over 10,000 files holds one path at a time, in order.

``sorted_paths`` gives paths in the order ``sorted`` gives ``Path`` objects (by their
parts, compared as text), sorted by SQLite; ``PathList`` keeps them in the order given,
to be read again as often as needed.
Each path read back is made a ``Path`` by ``pathnames.as_path``: its name not interned.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from linter.core.stored import private_database, stored
from linter.run.pathnames import as_path

CACHE_KIB = 64  # SQLite's page cache for a list of paths: more only holds more of a list read in order


class PathList:
    """Paths appended in order, read back in that order (sorted, with ``sort``)."""

    def __init__(self, paths: Iterable[Path] = (), sort: bool = False):
        self._db = private_database(CACHE_KIB)
        self._db.execute("CREATE TABLE path (seq INTEGER PRIMARY KEY, key BLOB, path BLOB)")
        if sort:  # kept up as paths come: an index made at the end would take a sorter's megabyte
            self._db.execute("CREATE INDEX path_key ON path (key, seq)")
        self._sort = sort
        self._count = 0
        for path in paths:
            self.append(path)

    def append(self, path: Path) -> None:
        key = _sort_key(path) if self._sort else None
        self._db.execute("INSERT INTO path (key, path) VALUES (?, ?)", (key, os.fsencode(path)))
        self._count += 1

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[Path]:
        order = "key, seq" if self._sort else "seq"
        for (path,) in self._db.execute(f"SELECT path FROM path ORDER BY {order}"):
            yield as_path(os.fsdecode(path))

    def first(self) -> Path | None:
        return next(iter(self), None)


def sorted_paths(paths: Iterable[Path]) -> PathList:
    """``paths`` in ``sorted`` order, kept on disk."""
    return PathList(paths, sort=True)


def _sort_key(path: Path) -> bytes:
    """Bytes that sort as ``Path`` objects do: by their parts, each compared as text.
    NUL, in no name, sorts a path before the longer ones it begins; UTF-8 (with the lone
    surrogates of undecodable bytes kept) sorts as the code points it encodes."""
    return stored("\0".join(path.parts))
