"""A private temporary SQLite database (``sqlite3.connect("")``: a file no other process
can name, deleted when it is closed), and text as it keeps it: UTF-8, with the lone
surrogates that stand for a file name's undecodable bytes kept (SQLite's own text
refuses them)."""

from __future__ import annotations

import sqlite3


def private_database(cache_kib: int) -> sqlite3.Connection:
    """A new private database whose page cache holds ``cache_kib`` KiB (2 MiB unless told)."""
    database = sqlite3.connect("")
    database.execute(f"PRAGMA cache_size = -{cache_kib}")
    return database


def stored(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def unstored(data: bytes) -> str:
    return data.decode("utf-8", "surrogatepass")
