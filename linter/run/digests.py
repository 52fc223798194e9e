"""The digests of a run's reports, kept on disk: a private temporary SQLite database
(``sqlite3.connect("")``: a file no other process can name, deleted when it is closed),
so that the cross-report stage of a run over 10,000 reports holds only the reports it is
comparing, not every digest nor every sentence of the run.

A digest is stored as a pickle: written and read by this process only, in a database
that has no name, never in a file another program could plant or change (as ``rowstore``).
"""

from __future__ import annotations

import pickle
import sqlite3
from collections.abc import Iterator, Mapping
from heapq import nsmallest
from itertools import groupby
from operator import itemgetter
from typing import NamedTuple

from linter.core.suppression import Suppression
from linter.model.digest import Digest, Sentence

_SCHEMA = """
CREATE TABLE report (seq INTEGER PRIMARY KEY, path BLOB UNIQUE, organ_key BLOB, local_key BLOB,
                     year INTEGER, owner INTEGER, given INTEGER, body BLOB);
CREATE INDEX report_organ_year ON report (local_key, year);
CREATE TABLE passage (digest BLOB, local_key BLOB, seq INTEGER);
CREATE INDEX passage_seq ON passage (seq);
CREATE INDEX passage_digest ON passage (digest, local_key, seq);
CREATE TABLE holder (digest BLOB, local_key BLOB, seq INTEGER);
CREATE INDEX holder_digest ON holder (digest, seq);
"""
# Each organ's first report with each sentence, by sentence: read along passage_digest,
# without a sort (SQLite's sorters take a megabyte or more when the run is large).
_FIRSTS = "SELECT digest, local_key, min(seq) FROM passage GROUP BY digest, local_key"
_HOLDERS_OF = """
SELECT holder.digest, holder.local_key, other.path FROM report AS asking
JOIN passage ON passage.seq = asking.seq JOIN holder ON holder.digest = passage.digest
JOIN report AS other ON other.seq = holder.seq WHERE asking.path = ? ORDER BY holder.seq
"""


_KEY = "path, organ_key, local_key, year, owner"
CACHE_KIB = 512  # SQLite's page cache, whatever the number of reports: it holds that much at 1,000 already


class Key(NamedTuple):
    """What pairing needs of a report; its digest stays on disk until compared."""

    path: str
    organ_key: str
    local_key: str
    year: int | None
    owner: int  # who collected it: an index into the caller's list of linters


class Packed(NamedTuple):
    """A report's digest and inline suppressions as they travel from a worker and are
    stored: pickled once, where the report was checked, with what pairing needs beside."""

    path: str
    organ_key: str
    local_key: str
    year: int | None
    hashes: frozenset[bytes]  # of its sentences
    body: bytes  # the pickled (digest, suppressions)


def pack(digest: Digest, suppressions: tuple[Suppression, ...]) -> Packed:
    tables = Later(pickle.dumps(dict(digest.tables), protocol=pickle.HIGHEST_PROTOCOL))
    body = pickle.dumps((digest._replace(tables=tables), suppressions), protocol=pickle.HIGHEST_PROTOCOL)
    hashes = frozenset(s.digest for s in digest.sentences)
    return Packed(digest.path, digest.organ_key, digest.local_key, digest.year, hashes, body)


def unpack(packed: Packed) -> tuple[Digest, tuple[Suppression, ...]]:
    return pickle.loads(packed.body)


class Later(Mapping):
    """A digest's tables, unpickled only when a rule reads them: most reports of a run have
    no report of last year's to compare their figures with, and their findings (if any)
    are about sentences."""

    __slots__ = ("_body", "_tables")

    def __init__(self, body: bytes):
        self._body = body
        self._tables: dict | None = None

    def _loaded(self) -> dict:
        if self._tables is None:
            self._tables = pickle.loads(self._body)  # see the module's docstring
        return self._tables

    def __getitem__(self, name: str):
        return self._loaded()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._loaded())

    def __len__(self) -> int:
        return len(self._loaded())

    def __reduce__(self):
        return Later, (self._body,)


def _stored(text: str) -> bytes:
    """Text as the database keeps it: UTF-8, with the lone surrogates that stand for a
    file name's undecodable bytes kept (SQLite's own text refuses them)."""
    return text.encode("utf-8", "surrogatepass")


def _text(stored: bytes) -> str:
    return stored.decode("utf-8", "surrogatepass")


def _key(row: tuple) -> Key:
    path, organ_key, local_key, year, owner = row
    return Key(_text(path), _text(organ_key), _text(local_key), year, owner)


class Digests:
    """Each report's digest and inline suppressions, by path, and which reports hold each
    sentence. The holders are worked out at the first ``passages_of``, once every report
    is in: a report stored after that would not be among them."""

    def __init__(self) -> None:
        self._db = sqlite3.connect("")
        self._db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        self._db.executescript(_SCHEMA)
        self._indexed = False

    def add(self, packed: Packed, owner: int, given: bool = False) -> None:
        """Store a report; ``given``: the one --previous names, compared with but not judged.
        A file read again after --fix replaces what it stored, in its place."""
        path, organ, local = _stored(packed.path), _stored(packed.organ_key), _stored(packed.local_key)
        fields = (organ, local, packed.year, owner, given, packed.body, path)
        try:
            seq = self._db.execute(
                "INSERT INTO report (organ_key, local_key, year, owner, given, body, path) VALUES (?, ?, ?, ?, ?, ?, ?)",
                fields,
            ).lastrowid
        except sqlite3.IntegrityError:  # stored already (the path is unique): the rare case, tried second
            (seq,) = self._db.execute("SELECT seq FROM report WHERE path = ?", (path,)).fetchone()
            self._db.execute(
                "UPDATE report SET organ_key = ?, local_key = ?, year = ?, owner = ?, given = ?, body = ? WHERE path = ?",
                fields,
            )
            self._db.execute("DELETE FROM passage WHERE seq = ?", (seq,))
        if packed.local_key:  # an organ not read is no "other organ" of anyone
            rows = ((hashed, local, seq) for hashed in packed.hashes)
            self._db.executemany("INSERT INTO passage VALUES (?, ?, ?)", rows)

    def __len__(self) -> int:
        """The reports to judge (the --previous one is not)."""
        return self._db.execute("SELECT count(*) FROM report WHERE NOT given").fetchone()[0]

    def keys(self) -> Iterator[Key]:
        """The key of each report to judge, by path (as Python orders text: UTF-8 bytes sort so)."""
        yield from map(_key, self._db.execute(f"SELECT {_KEY} FROM report WHERE NOT given ORDER BY path"))

    def of_year(self, local_key: str, year: int, path: str) -> list[Key]:
        """The other reports to judge read as of the organ ``local_key`` and of ``year``, in order."""
        query = f"SELECT {_KEY} FROM report WHERE local_key = ? AND year = ? AND path != ? AND NOT given ORDER BY seq"
        return list(map(_key, self._db.execute(query, (_stored(local_key), year, _stored(path)))))

    def get(self, path: str) -> tuple[Digest, tuple[Suppression, ...]]:
        (body,) = self._db.execute("SELECT body FROM report WHERE path = ?", (_stored(path),)).fetchone()
        return pickle.loads(body)  # written by this process, into a database without a name

    def passages_of(self, path: str) -> Holders:
        """Who else has each sentence of the report ``path``: for each, the first report of
        each of the first two organs that have it (enough to name another organ than any
        one asking), in the run's order."""
        if not self._indexed:  # once every report is in
            firsts = self._db.cursor().execute(_FIRSTS)
            self._db.executemany("INSERT INTO holder VALUES (?, ?, ?)", _first_two(firsts))
            self._indexed = True
        held: dict[bytes, list[tuple[bytes, bytes]]] = {}
        for hashed, organ, holder in self._db.execute(_HOLDERS_OF, (_stored(path),)):
            held.setdefault(hashed, []).append((organ, holder))
        return Holders(held)


def _first_two(firsts: Iterator[tuple[bytes, bytes, int]]) -> Iterator[tuple[bytes, bytes, int]]:
    """For each sentence, the first report of each of the first two organs that have it
    (``firsts``: each organ's first, grouped by sentence)."""
    for _, group in groupby(firsts, key=itemgetter(0)):
        yield from nsmallest(2, group, key=itemgetter(2))  # a sentence every organ has: one pass, two kept


class Holders:
    """The holders of one report's sentences (``Digests.passages_of``)."""

    def __init__(self, held: dict[bytes, list[tuple[bytes, bytes]]]):
        self._held = held  # as stored: decoded only when asked for, most are never

    def other(self, sentence: Sentence, organ: str) -> str | None:
        """A report of another organ than ``organ`` (a ``local_key``) with the same sentence, or None."""
        asking = _stored(organ)
        path = next((path for key, path in self._held.get(sentence.digest, ()) if key != asking), None)
        return _text(path) if path is not None else None
