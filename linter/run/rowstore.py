"""Rows kept on disk, not in memory: a run over 10,000 reports holds one row at a time,
however often its writers read the rows again."""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Iterator
from typing import Generic, TypeVar

Row = TypeVar("Row")


class RowStore(Generic[Row]):
    """Rows appended in order, read back in that order as often as needed."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile()
        self._count = 0

    def append(self, row: Row) -> None:
        self._file.seek(0, 2)
        pickle.dump(row, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self._count += 1

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[Row]:
        self._file.seek(0)
        position = 0
        for _ in range(self._count):
            self._file.seek(position)
            row = pickle.load(self._file)
            position = self._file.tell()
            yield row

    def close(self) -> None:
        self._file.close()
