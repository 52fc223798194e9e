"""The standard tables as data (``rules/formats/tables.yaml``): labels, columns, rows, identities."""

import re
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from linter.core.errors import DeclarationError
from linter.core.findings import Localized
from linter.core.normalize import squeeze
from linter.core.record import Record
from linter.core.yamlfile import load_validated

SCHEMA_NAME = "tables.schema.json"


class Column(Record):
    key: str
    name: Localized
    kind: str  # "count" | "signed" | "amount"
    short: Localized | None = None  # the name within its group (表四: 结果维持)


class RowDef(Record):
    """A row of a grid table; a group (（三）不予公开) lists its items, which follow it."""

    key: str
    name: Localized
    keys: tuple[str, ...]  # squeezed words only this label contains
    exact: tuple[str, ...]  # squeezed whole labels, numbering stripped
    items: tuple[str, ...]  # keys of a group's items
    group: str | None  # the group an item belongs to
    format_signals: Mapping[str, str] | None  # {"alone": "2019", "items": "2021"}: which format shows which


class Identity(NamedTuple):  # a NamedTuple: hashed as a cache key at each evaluation (in C)
    """``sum`` adds up to ``equals`` in every row or column; or each of ``groups`` to its items."""

    name: str
    per: str  # "row" | "column"
    sum: tuple[str, ...] = ()
    equals: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    title: Localized | None = None


class GridDef(Record):
    """A table with fixed columns in a fixed order and rows known by their labels."""

    name: str
    title: Localized
    caption: Localized
    section: int
    headings: tuple[str, ...]
    columns: Mapping[str, Column]  # in the printed order
    rows: Mapping[str, RowDef]  # in the printed order, items after their group
    identities: Mapping[str, Identity]
    words: re.Pattern[str] | None  # every row's `keys`, to find them in a label at once
    word_rows: Mapping[str, str]  # a word of `keys` → its row
    label_rows: Mapping[str, str]  # a label of `exact` → its row

    def row(self, key: str) -> RowDef:
        return self.rows[key]

    def column(self, key: str) -> Column:
        """The column ``key`` (KeyError if there is none)."""
        return self.columns[key]

    @property
    def column_keys(self) -> tuple[str, ...]:
        return tuple(self.columns)

    @property
    def labels(self) -> tuple[str, ...]:
        """The words the label of a row that is not an item starts with, and the headings:
        numbered like headings (``一、本年新收…`` ``（一）予以公开``), never to be taken for them."""
        rows = (row for row in self.rows.values() if row.group is None)
        return (*(word for row in rows for word in (*row.keys, *row.exact)), *self.headings)


class DisclosureRow(NamedTuple):  # a NamedTuple: hashed as a key of each row reading (in C)
    key: str
    name: Localized
    exact: tuple[str, ...]
    columns: tuple[str, ...]
    may_be_empty: bool


class DisclosureFormat(Record):
    version: str
    columns: Mapping[str, Column]
    rows: tuple[DisclosureRow, ...]
    signals: tuple[str, ...]  # squeezed labels only this format has


class DisclosureDef(Record):
    name: str
    title: Localized
    caption: Localized
    section: int
    headings: tuple[str, ...]
    formats: Mapping[str, DisclosureFormat]
    row_labels: Mapping[str, tuple[tuple[DisclosureRow, str], ...]]  # a label → its rows, with their format

    def column(self, key: str) -> Column:
        """A column by key, in whichever format has it (KeyError if none has it)."""
        for version in self.formats.values():
            if key in version.columns:
                return version.columns[key]
        raise KeyError(key)


class TableDefs(Record):
    disclosure: DisclosureDef
    application: GridDef
    review: GridDef

    def get(self, name: str) -> GridDef | DisclosureDef:
        return getattr(self, name)


GRIDS = ("application", "review")


@cache
def load_tables(path: Path) -> TableDefs:
    data = load_validated(path, path.with_name(SCHEMA_NAME))
    return TableDefs(
        disclosure=_disclosure(path, data["disclosure"]),
        application=_grid(path, "application", data["application"]),
        review=_grid(path, "review", data["review"]),
    )


def identity_schema(path: Path) -> dict[str, Any]:
    """The JSON Schema of an identity, with the definitions it refers to (for rule params)."""
    import json

    defs = json.loads(path.with_name(SCHEMA_NAME).read_text(encoding="utf-8"))["$defs"]
    return {"$ref": "#/$defs/identity", "$defs": {k: defs[k] for k in ("identity", "key", "text")}}


def identity(name: str, data: Mapping[str, Any]) -> Identity:
    return Identity(
        name,
        data["per"],
        tuple(data.get("sum", ())),
        tuple(data.get("equals", ())),
        tuple(data.get("groups", ())),
        _text(data["title"]) if "title" in data else None,
    )


def identity_problem(table: GridDef, candidate: Identity) -> str:
    """Why ``candidate`` cannot hold in ``table`` (an unknown row or column), or ""."""
    terms = table.rows if candidate.per == "column" else table.columns
    unknown = [k for k in (*candidate.sum, *candidate.equals) if k not in terms]
    groups = {r.key for r in table.rows.values() if r.items}
    unknown += [k for k in candidate.groups if k not in groups]
    if candidate.groups and candidate.per != "column":
        return f"identity {candidate.name}: groups hold per column"
    if unknown:
        kind = "row" if candidate.per == "column" else "column"
        return f"identity {candidate.name}: no {kind} {', '.join(unknown)} in table {table.name}"
    return ""


def _text(data: Mapping[str, str]) -> Localized:
    return Localized.of(data)


def _column(data: Mapping[str, Any]) -> Column:
    return Column(
        data["key"], _text(data["name"]), data.get("kind", "count"), _text(data["short"]) if "short" in data else None
    )


def _grid(path: Path, name: str, data: Mapping[str, Any]) -> GridDef:
    rows: list[RowDef] = []
    for entry in data["rows"]:
        items = entry.get("items", ())
        rows.append(_row(entry, None, tuple(i["key"] for i in items)))
        rows.extend(_row(item, entry["key"], ()) for item in items)
    word_rows = _unique(path, name, ((word, row.key) for row in rows for word in row.keys))
    grid = GridDef(
        name=name,
        title=_text(data["title"]),
        caption=_text(data["caption"]),
        section=data["section"],
        headings=tuple(squeeze(h) for h in data.get("headings", ())),
        columns={c["key"]: _column(c) for c in data["columns"]},
        rows={row.key: row for row in rows},
        identities={key: identity(key, value) for key, value in data["identities"].items()},
        words=re.compile("|".join(map(re.escape, sorted(word_rows, key=len, reverse=True)))) if word_rows else None,
        word_rows=word_rows,
        label_rows=_unique(path, name, ((label, row.key) for row in rows for label in row.exact)),
    )
    for candidate in grid.identities.values():
        if problem := identity_problem(grid, candidate):
            raise DeclarationError(str(path), name, problem)
    return grid


def _unique(path: Path, table: str, pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Labels or words to rows; one naming two rows could tell neither."""
    found: dict[str, str] = {}
    for text, row in pairs:
        if found.setdefault(text, row) != row:
            raise DeclarationError(str(path), table, f"{text!r} names both {found[text]} and {row}")
    return found


def _row(data: Mapping[str, Any], group: str | None, items: tuple[str, ...]) -> RowDef:
    return RowDef(
        key=data["key"],
        name=_text(data["name"]),
        keys=tuple(squeeze(k) for k in data.get("keys", ())),
        exact=tuple(squeeze(e) for e in data.get("exact", ())),
        items=items,
        group=group,
        format_signals=data.get("format_signals"),
    )


def _disclosure(path: Path, data: Mapping[str, Any]) -> DisclosureDef:
    formats = {}
    row_labels: dict[str, list[tuple[DisclosureRow, str]]] = {}
    for version, spec in data["formats"].items():
        rows = tuple(
            DisclosureRow(
                r["key"],
                _text(r["name"]),
                tuple(squeeze(e) for e in r["exact"]),
                tuple(r["columns"]),
                r.get("may_be_empty", False),
            )
            for r in spec["rows"]
        )
        columns = {c["key"] for c in spec["columns"]}
        for row in rows:
            if unknown := [c for c in row.columns if c not in columns]:
                raise DeclarationError(
                    str(path), f"disclosure {version}", f"row {row.key}: no column {', '.join(unknown)}"
                )
            for label in row.exact:
                row_labels.setdefault(label, []).append((row, version))
        formats[version] = DisclosureFormat(
            version=version,
            columns={c["key"]: _column(c) for c in spec["columns"]},
            rows=rows,
            signals=tuple(squeeze(s) for s in spec["signals"]),
        )
    return DisclosureDef(
        name="disclosure",
        title=_text(data["title"]),
        caption=_text(data["caption"]),
        section=data["section"],
        headings=tuple(squeeze(h) for h in data.get("headings", ())),
        formats=formats,
        row_labels={label: tuple(rows) for label, rows in row_labels.items()},
    )
