"""GK207: a figure that cannot be what its column counts: a negative count, a fraction
where a whole number belongs, or figures whose sum must not fall below a bound
(上一年项目数量 + 本年增/减 ≥ 0)."""

from __future__ import annotations

from collections.abc import Iterator

from linter.core.findings import Hit
from linter.model.report import ReportModel
from linter.model.tables import NAMES, NAMES_SCHEMA
from linter.model.tables.identities import Term, figure, is_whole, shown
from linter.rules.context import Context

KIND = "table-values"
_CELL = ("table", "row", "column", "value")
MESSAGES = {"default": _CELL, "fraction": _CELL, "bound": ("table", "row", "terms", "bound")}
PARAMS = {
    "properties": {
        "tables": NAMES_SCHEMA,
        "bounds": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["table", "sum", "at_least"],
                "properties": {
                    "table": {"enum": list(NAMES)},
                    "sum": {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}},
                    "at_least": {"type": "number"},
                },
            },
        },
    },
}


def prepare(params: dict, context: Context) -> dict:
    definitions = context.tables
    for index, bound in enumerate(params.get("bounds", ())):
        definition = definitions.get(bound["table"])
        for key in bound["sum"]:
            try:
                definition.column(key)
            except KeyError:
                raise ValueError(f"bounds[{index}].sum: table {bound['table']} has no column {key!r}") from None
    return params


def check(model: ReportModel, config: dict) -> Iterator[Hit]:
    chosen = config.get("tables", NAMES)
    for reading in model.tables:
        definition = model.tables.definitions.get(reading.name)
        if reading.name in chosen:
            for row, column, cell in reading.cells():
                if cell.kind != "number" or (type(cell.value) is int and cell.value >= 0):
                    continue  # most figures: counts, nothing to look at
                spec = definition.column(column)
                args = {"table": reading.title, "row": row.name, "column": spec.name, "value": cell.text}
                if cell.value < 0 and spec.kind != "signed":
                    yield Hit(cell.span, args)
                elif spec.kind != "amount" and not is_whole(cell.value):
                    yield Hit(cell.span, args, message="fraction")
        for bound in config.get("bounds", ()):
            if bound["table"] == reading.name:
                yield from _below(model, reading, definition, bound)


def _below(model: ReportModel, reading, definition, bound: dict) -> Iterator[Hit]:
    for row in reading.rows.values():
        total = model.tables.total((reading.name, row.key, key) for key in bound["sum"])
        if total is None or total >= bound["at_least"]:
            continue
        values = [reading.value(row.key, key) for key in bound["sum"]]
        terms = tuple(
            Term(definition.column(key).name, value, ((row.key, key),), (row.cell(key),))
            for key, value in zip(bound["sum"], values)
        )
        args = {"table": reading.title, "row": row.name, "terms": shown(terms), "bound": figure(bound["at_least"])}
        yield Hit(terms[-1].cells[0].span, args, message="bound")
