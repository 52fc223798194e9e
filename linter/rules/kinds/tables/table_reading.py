"""GK202: what could not be read in a table; and blank or '/' cells read as 0 (once a table)."""

from __future__ import annotations

from collections.abc import Iterator

from linter.core.findings import Hit, Localized
from linter.model.line_names import LineNames
from linter.model.report import ReportModel
from linter.model.tables import NAMES, NAMES_SCHEMA
from linter.model.tables.reading import Problem, TableReading

KIND = "table-reading"
MESSAGES = {"default": ("table", "problems"), "blank": ("table", "count", "cells")}
PARAMS = {
    "properties": {
        "tables": NAMES_SCHEMA,
        "most": {"type": "integer", "minimum": 1, "description": "how many problems or cells a message lists at most"},
    },
    "required": ["most"],
}


def check(model: ReportModel, config: dict) -> Iterator[Hit]:
    chosen = config.get("tables", NAMES)
    for reading in model.tables:
        if reading.name not in chosen:
            continue
        definition = model.tables.definitions.get(reading.name)
        doubtful = _doubtful_blanks(reading, definition, model.lines)
        problems = sorted([*reading.problems, *doubtful], key=lambda p: p.span)
        if problems:
            yield Hit(
                problems[0].span,
                {
                    "table": reading.title,
                    "problems": _listed(
                        [p.said(model.lines) for p in problems[: config["most"]]], len(problems), "；", "; "
                    ),
                },
            )
        if empties := reading.empties():
            names = [  # of those the message shows
                _cell_name(row.name, definition.column(column).name, model.lines.name([cell.line]))
                for row, column, cell in empties[: config["most"]]
            ]
            args = {"table": reading.title, "count": len(empties), "cells": _listed(names, len(empties), "、", ", ")}
            yield Hit(empties[0][2].span, args, message="blank")


def _doubtful_blanks(reading: TableReading, definition, lines: LineNames) -> list[Problem]:
    """Blank cells of a table not read with confidence: not taken as 0, so not checked."""
    if reading.confident:
        return []
    problems = []
    for row, column, cell in reading.cells():
        if cell.kind == "blank":
            name = _cell_name(row.name, definition.column(column).name, lines.name([cell.line]))
            problems.append(Problem(cell.span, Localized(name.zh + "为空", name.en + " is blank")))
    return problems


def _cell_name(row: Localized, column: Localized, where: Localized) -> Localized:
    return Localized(f"{where.zh}“{row.zh}”“{column.zh}”", f"“{row.en}”, “{column.en}” ({where.en})")


def _listed(shown: list[Localized], total: int, zh_separator: str, en_separator: str) -> Localized:
    """The ``shown`` items of ``total``, and how many more there are."""
    rest = total - len(shown)
    zh = zh_separator.join(i.zh for i in shown) + (f"等{total}处" if rest > 0 else "")
    en = en_separator.join(i.en for i in shown) + (f" and {rest} more" if rest > 0 else "")
    return Localized(zh, en)
