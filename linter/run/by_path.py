"""Findings kept on disk by the path they are about: a private temporary SQLite database
(as ``paths``), so that the cross-report findings of a run over 10,000 reports, which come
by path, wait there for their files' turn rather than in memory."""

from __future__ import annotations

import gc
import pickle
from collections.abc import Iterable

from linter.core.findings import Finding
from linter.core.stored import private_database, stored

CACHE_KIB = 256  # SQLite's page cache (2 MiB unless told): the findings are looked up one path at a time

EMPTIED = 1000  # reports with cross-report findings between two full collections (a few ms each)


class FindingsByPath:
    """Each path's findings, stored once, read as often as asked for."""

    def __init__(self, found: Iterable[tuple[str, list[Finding]]] = ()):
        self._db = private_database(CACHE_KIB)
        self._db.execute("CREATE TABLE found (path BLOB PRIMARY KEY, body BLOB)")
        for count, (path, findings) in enumerate(found, 1):
            if count % EMPTIED == 0:
                gc.collect()  # the interpreter's free lists, which the cross-report stage fills (see ``audit``)
            body = pickle.dumps(findings, protocol=pickle.HIGHEST_PROTOCOL)
            self._db.execute("INSERT INTO found VALUES (?, ?)", (stored(path), body))

    def get(self, path: str) -> list[Finding]:
        row = self._db.execute("SELECT body FROM found WHERE path = ?", (stored(path),)).fetchone()
        return pickle.loads(row[0]) if row else []  # written by this process, into a database without a name

    def close(self) -> None:
        self._db.close()
