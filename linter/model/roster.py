"""A reviewer's roster: the organs expected to report, one a line (text), or one a row
with columns organ, kind and region (CSV, or rows read from a spreadsheet).

Organs are matched by ``organ_key``, the folding that pairs reports across years.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from linter.model.organs import organ_key

# What a roster's kind column may say → the format's organ kind.
KIND_WORDS = {
    "government": "government",
    "政府": "government",
    "人民政府": "government",
    "department": "department",
    "部门": "department",
}
_ORGAN_HEADERS = ("organ", "机关", "机关名称", "单位", "单位名称")
_KIND_HEADERS = ("kind", "类型", "机关类型")
_REGION_HEADERS = ("region", "地区", "区域")


class RosterEntry(NamedTuple):
    organ: str
    line: int  # in the roster file, 1-based
    kind: str | None = None  # "government" | "department", when the roster says
    region: str = ""


class RosterError(ValueError):
    """A roster that cannot be read: says which line and why."""


@dataclass(frozen=True)
class Roster:
    path: str
    entries: tuple[RosterEntry, ...]

    @cached_property
    def by_key(self) -> dict[str, RosterEntry]:
        """Each entry by its folded name; the first, where a name is listed twice."""
        by_key: dict[str, RosterEntry] = {}
        for entry in self.entries:
            by_key.setdefault(organ_key(entry.organ), entry)
        return by_key

    def entry(self, organ: str) -> RosterEntry | None:
        return self.by_key.get(organ_key(organ))

    def kind_of(self, organ: str) -> str | None:
        entry = self.entry(organ)
        return entry.kind if entry else None


def roster_from_text(path: str, text: str) -> Roster:
    """One organ a line; blank lines and lines starting with ``#`` are skipped."""
    entries = tuple(
        RosterEntry(line.strip(), number)
        for number, line in enumerate(text.lstrip("\ufeff").splitlines(), 1)
        if line.strip() and not line.lstrip().startswith("#")
    )
    return Roster(path, entries)


def roster_from_csv(path: str, text: str) -> Roster:
    import csv  # imported here: the rules' examples load text rosters on every start

    return roster_from_rows(path, list(csv.reader(io.StringIO(text.lstrip("\ufeff")))))


def roster_from_rows(path: str, rows: Sequence[Sequence[str]]) -> Roster:
    """Rows whose first is the header: a column named organ (机关), optional kind and region."""
    if not rows:
        return Roster(path, ())
    header = [cell.strip().lower() for cell in rows[0]]
    organ = _column(header, _ORGAN_HEADERS)
    if organ is None:
        raise RosterError(f"{path}:1: no column named organ (机关) in the header: {', '.join(header)}")
    kind, region = _column(header, _KIND_HEADERS), _column(header, _REGION_HEADERS)
    entries = []
    for number, row in enumerate(rows[1:], 2):
        name = _cell(row, organ)
        if not name:
            continue
        entries.append(RosterEntry(name, number, _kind(path, number, _cell(row, kind)), _cell(row, region)))
    return Roster(path, tuple(entries))


def _column(header: list[str], names: Iterable[str]) -> int | None:
    return next((i for i, cell in enumerate(header) if cell in names), None)


def _cell(row: Sequence[str], index: int | None) -> str:
    return str(row[index]).strip() if index is not None and index < len(row) and row[index] is not None else ""


def _kind(path: str, line: int, word: str) -> str | None:
    if not word:
        return None
    if word.lower() not in KIND_WORDS:
        raise RosterError(f"{path}:{line}: kind {word!r} is neither government (政府) nor department (部门)")
    return KIND_WORDS[word.lower()]


class Unreported(NamedTuple):
    """The roster's organs with no report for ``year`` (any year, when None)."""

    roster: Roster
    entries: tuple[RosterEntry, ...]
    year: int | None


def unreported(roster: Roster, reported: Iterable[tuple[str | None, int | None]], year: int | None) -> Unreported:
    """Which organs of ``roster`` have no report among ``reported`` (organ, year) pairs."""
    keys = {organ_key(organ) for organ, report_year in reported if organ and (year is None or report_year == year)}
    return Unreported(roster, tuple(e for e in roster.entries if organ_key(e.organ) not in keys), year)
