"""GK501, GK502, GK504: a figure of this year's table that follows from last year's
report of the same organ (上年结转 = last year's 结转下年度; 现行有效件数 = last year's +
本年制发 − 本年废止; 上一年项目数量 = last year's + 本年增/减), per row or per column.

Nothing is said where either table was not read with confidence, a figure is missing,
or (with ``version``) either table is not on that format: across the change of format
in 2021 the figures do not carry over."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from linter.core.figures import Number
from linter.core.findings import Hit, Localized
from linter.format.tables import DisclosureDef, GridDef
from linter.model.tables import NAMES
from linter.model.tables.identities import figure
from linter.rules.context import Context

if TYPE_CHECKING:  # annotations only: a check of one report does without digests
    from linter.model.digest import Comparison
    from linter.model.digest_parts import TableFigures

KIND = "continuity"
STAGE = "compare"
MESSAGES = {"default": ("table", "row", "column", "value", "expected", "terms", "previous")}
_KEYS = {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}}
PARAMS = {
    "properties": {
        "table": {"enum": list(NAMES)},
        "version": {"enum": ["2019", "2021"], "description": "both tables must be on this format"},
        "per": {"enum": ["row", "column"], "description": "the identity holds in each of these rows or columns"},
        "keys": _KEYS,
        "equals": {"type": "string", "minLength": 1, "description": "this year's figure (a column, or a row)"},
        "terms": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["key", "year"],
                "properties": {
                    "key": {"type": "string", "minLength": 1},
                    "year": {"enum": ["last", "this"]},
                    "sign": {"enum": [1, -1]},
                },
            },
        },
    },
    "required": ["table", "per", "keys", "equals", "terms"],
}


def prepare(params: dict, context: Context) -> dict:
    definition = context.tables.get(params["table"])
    rows, columns = (
        (params["keys"], _other_keys(params)) if params["per"] == "row" else (_other_keys(params), params["keys"])
    )
    for key in columns:
        try:
            definition.column(key)
        except KeyError:
            raise ValueError(f"table {params['table']} has no column {key!r}") from None
    for key in rows:
        if _row_name(definition, key) is None:
            raise ValueError(f"table {params['table']} has no row {key!r}")
    return {**params, "definition": definition}


def check(subject: Comparison, config: dict) -> Iterator[Hit]:
    if subject.previous is None:
        return
    this = subject.report.tables.get(config["table"])
    last = subject.previous.tables.get(config["table"])
    if not _comparable(this, last, config.get("version")):
        return
    definition = config["definition"]
    for key in config["keys"]:
        place = _cell(config, key, config["equals"])
        value = this.values.get(place)
        terms = [
            (term, _year(term, this, last).values.get(_cell(config, key, term["key"]))) for term in config["terms"]
        ]
        if value is None or place not in this.spots or any(v is None for _, v in terms):
            continue
        expected: Number = sum(term.get("sign", 1) * v for term, v in terms)
        if value == expected:
            continue
        row, column = place
        args = {
            "table": this.title,
            "row": this.row_names.get(row) or _row_name(definition, row),
            "column": definition.column(column).name,
            "value": figure(value),
            "expected": figure(expected),
            "terms": _shown(config, key, terms),
            "previous": subject.previous.path,
        }
        yield Hit(this.spots[place].span, args)


def _comparable(this: TableFigures | None, last: TableFigures | None, version: str | None) -> bool:
    if this is None or last is None or not (this.confident and last.confident):
        return False
    return version is None or this.version == last.version == version


def _other_keys(params: dict) -> list[str]:
    return [params["equals"], *(term["key"] for term in params["terms"])]


def _cell(config: dict, key: str, other: str) -> tuple[str, str]:
    """(row, column) of a term: ``key`` is the row when the identity holds per row."""
    return (key, other) if config["per"] == "row" else (other, key)


def _year(term: dict, this: TableFigures, last: TableFigures) -> TableFigures:
    return last if term["year"] == "last" else this


def _row_name(definition: GridDef | DisclosureDef, key: str) -> Localized | None:
    if isinstance(definition, GridDef):
        return definition.rows[key].name if key in definition.rows else None
    return next((row.name for version in definition.formats.values() for row in version.rows if row.key == key), None)


def _shown(config: dict, key: str, terms: list) -> Localized:
    """``上年 结转下年度 0 + 本年 本年制发件数 3 − …`` in both languages."""
    definition = config["definition"]
    parts_zh, parts_en = [], []
    for index, (term, value) in enumerate(terms):
        row, column = _cell(config, key, term["key"])
        name = definition.column(column).name if config["per"] == "row" else _row_name(definition, row)
        sign = "" if index == 0 else (" + " if term.get("sign", 1) > 0 else " − ")
        year_zh, year_en = ("上年", "last year's") if term["year"] == "last" else ("本年", "this year's")
        parts_zh.append(f"{sign}{year_zh}“{name.zh}”{figure(value)}")
        parts_en.append(f"{sign}{year_en} “{name.en}” {figure(value)}")
    return Localized("".join(parts_zh), "".join(parts_en))
