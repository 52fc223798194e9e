"""The digests of a run's reports, kept on disk: a private temporary SQLite database
(``core.stored.private_database``: a file no other process can name, deleted when it is closed),
so that the cross-report stage of a run over 10,000 reports holds only the reports it is
comparing, not every digest nor every sentence of the run.

A digest is stored as a pickle: written and read by this process only, in a database
that has no name, never in a file another program could plant or change (as ``rowstore``).
"""

from __future__ import annotations

import pickle
import sqlite3  # its IntegrityError
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from linter.core.stored import private_database, stored, unstored
from linter.core.suppression import Suppression
from linter.model.digest import Digest
from linter.model.digest_parts import Sentence, Sentences

_SCHEMA = """
CREATE TABLE report (seq INTEGER PRIMARY KEY, path BLOB UNIQUE, organ_key BLOB, local_key BLOB,
                     year INTEGER, owner INTEGER, given INTEGER, body BLOB, hashes BLOB);
CREATE INDEX report_organ_year ON report (local_key, year);
CREATE TABLE holder (digest BLOB, local_key BLOB, seq INTEGER);
CREATE INDEX holder_digest ON holder (digest);
"""
# Who holds each sentence: the first report of each of the first two organs that have it,
# kept up as reports come (in the run's order), so that a sentence every report of the
# run has costs a look-up a report, not a row; a report stored again makes them stale.
_HOLDERS = """
SELECT holder.digest, holder.local_key, report.path FROM holder JOIN report ON report.seq = holder.seq
WHERE holder.digest IN ({}) ORDER BY holder.seq
"""
LOOKUP = 500  # sentences looked up at once: within any SQLite's limit on parameters
# Sentences whose two holders are known, with them (the organ and the report, as stored),
# kept in memory: they can change no more, so neither storing nor comparing a report
# looks them up (at most some 2 MiB, filled by the first reports that share the text).
FULL = 4096


_KEY = "path, organ_key, local_key, year, owner"
CACHE_KIB = 512  # SQLite's page cache, whatever the number of reports: it holds that much at 1,000 already


Held = Sequence[tuple[bytes, bytes]]  # a sentence's holders: (organ, report) as stored, in the run's order


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
    hashes = _hashes(digest)
    body = pickle.dumps((digest, suppressions), protocol=pickle.HIGHEST_PROTOCOL)  # plain fields: at C speed
    return Packed(digest.path, digest.organ_key, digest.local_key, digest.year, hashes, body)


def _hashes(digest: Digest) -> frozenset[bytes]:
    said = digest.sentences
    return said.hashes() if isinstance(said, Sentences) else frozenset(s.digest for s in said)


def unpack(body: bytes) -> tuple[Digest, tuple[Suppression, ...]]:
    """A report's digest and inline suppressions from its pickled ``body`` (``Packed.body``,
    ``Digests.body``): made by this process or by its own workers, never read from a file."""
    return pickle.loads(body)


def _key(row: tuple) -> Key:
    path, organ_key, local_key, year, owner = row
    return Key(unstored(path), unstored(organ_key), unstored(local_key), year, owner)


class Digests:
    """Each report's digest and inline suppressions, by path, and which reports hold each
    sentence. A report stored after the first ``passages_of`` is not among the holders."""

    def __init__(self) -> None:
        self._db = private_database(CACHE_KIB)
        self._db.executescript(_SCHEMA)
        self._stale = False  # a report was stored again: the holders are worked out anew
        self._full: dict[bytes, Held] = {}  # sentences whose two holders are known (FULL)

    def add(self, packed: Packed, owner: int, given: bool = False) -> None:
        """Store a report; ``given``: the one --previous names, compared with but not judged.
        A file read again after --fix replaces what it stored, in its place."""
        path, organ, local = stored(packed.path), stored(packed.organ_key), stored(packed.local_key)
        hashes = tuple(sorted(packed.hashes))
        fields = (organ, local, packed.year, owner, given, packed.body, pickle.dumps(hashes), path)
        try:
            seq = self._db.execute(
                "INSERT INTO report (organ_key, local_key, year, owner, given, body, hashes, path)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                fields,
            ).lastrowid
        except sqlite3.IntegrityError:  # stored already (the path is unique): the rare case, tried second
            self._db.execute(
                "UPDATE report SET organ_key = ?, local_key = ?, year = ?, owner = ?, given = ?, body = ?,"
                " hashes = ? WHERE path = ?",
                fields,
            )
            self._stale = True
            return
        if not self._stale:
            self._hold(seq, local, path, hashes)

    def _hold(self, seq: int, local: bytes, path: bytes, hashes: tuple[bytes, ...]) -> None:
        """The report ``seq`` (``path``) of the organ ``local`` among the holders of each
        of its sentences that fewer than two organs hold, if its organ is not one of them."""
        if not local:  # an organ not read is no "other organ" of anyone
            return
        full = self._full
        hashes = tuple(h for h in hashes if h not in full)
        known = self._holders(hashes)
        me = (local, path)
        held = []
        for hashed in hashes:
            holding = known.get(hashed, ())
            if len(holding) < 2 and all(organ != local for organ, _ in holding):
                held.append((hashed, local, seq))
                holding = (*holding, me)
            if len(holding) == 2 and len(full) < FULL:
                full[hashed] = tuple(holding)
        self._db.executemany("INSERT INTO holder VALUES (?, ?, ?)", held)

    def _holders(self, hashes: tuple[bytes, ...]) -> dict[bytes, list[tuple[bytes, bytes]]]:
        """The holders of ``hashes`` on disk: by sentence, (organ, report) in the run's order."""
        holders: dict[bytes, list[tuple[bytes, bytes]]] = {}
        for start in range(0, len(hashes), LOOKUP):
            some = hashes[start : start + LOOKUP]
            for hashed, organ, path in self._db.execute(_HOLDERS.format(", ".join("?" * len(some))), some):
                holders.setdefault(hashed, []).append((organ, path))
        return holders

    def __len__(self) -> int:
        """The reports to judge (the --previous one is not)."""
        return self._db.execute("SELECT count(*) FROM report WHERE NOT given").fetchone()[0]

    def of_year(self, local_key: str, year: int, path: str) -> list[Key]:
        """The other reports to judge read as of the organ ``local_key`` and of ``year``, in order."""
        query = f"SELECT {_KEY} FROM report WHERE local_key = ? AND year = ? AND path != ? AND NOT given ORDER BY seq"
        return list(map(_key, self._db.execute(query, (stored(local_key), year, stored(path)))))

    def body(self, path: str) -> bytes:
        """The report's digest and inline suppressions, pickled (``unpack`` reads them)."""
        return self._db.execute("SELECT body FROM report WHERE path = ?", (stored(path),)).fetchone()[0]

    def passages_of(self, path: str) -> Holders:
        """Who else has each sentence of the report ``path``: for each, the first report of
        each of the first two organs that have it (enough to name another organ than any
        one asking), in the run's order."""
        query = "SELECT local_key, hashes FROM report WHERE path = ?"
        local, hashes = self._db.execute(query, (stored(path),)).fetchone()
        return self._holding(local, pickle.loads(hashes))  # written by this process, as the bodies

    def reports(self) -> Iterator[tuple[Key, bytes, Holders]]:
        """Each report to judge, by path (as Python orders text: UTF-8 bytes sort so), with
        its digest and inline suppressions still pickled (``unpack``: whoever judges it
        reads them) and who else has its sentences (``passages_of``)."""
        query = f"SELECT {_KEY}, body, hashes FROM report WHERE NOT given ORDER BY path"
        for *key, body, hashes in self._db.cursor().execute(query):
            yield _key(key), body, self._holding(key[2], pickle.loads(hashes))  # written by this process, as the bodies

    def _holding(self, local: bytes, hashes: tuple[bytes, ...]) -> Holders:
        if self._stale:  # a report was stored again: worked out anew, once every report is in
            self._rehold()
        if not local:
            return Holders({})
        full = self._full
        held: dict[bytes, Held] = {h: full[h] for h in hashes if h in full}
        held.update(self._holders(tuple(h for h in hashes if h not in full)))
        return Holders(held)

    def _rehold(self) -> None:
        """The holders worked out again from every report's sentences, in the run's order."""
        self._db.execute("DELETE FROM holder")
        self._full.clear()
        reports = self._db.cursor().execute("SELECT seq, local_key, path, hashes FROM report ORDER BY seq")
        for seq, local, path, hashes in reports:  # read one at a time, as the holders are written
            self._hold(seq, local, path, pickle.loads(hashes))
        self._stale = False


class Holders:
    """The holders of one report's sentences (``Digests.passages_of``)."""

    def __init__(self, held: dict[bytes, Held]):
        self._held = held  # as stored: decoded only when asked for, most are never
        self._asking: tuple[str, bytes] = ("", b"")  # the organ last asked about, as stored

    def other(self, sentence: Sentence, organ: str) -> str | None:
        """A report of another organ than ``organ`` (a ``local_key``) with the same sentence, or None."""
        if self._asking[0] != organ:
            self._asking = (organ, stored(organ))
        asking = self._asking[1]
        path = next((path for key, path in self._held.get(sentence.digest, ()) if key != asking), None)
        return unstored(path) if path is not None else None
