"""GK403: a figure the text states (``全年共收到政府信息公开申请46件``) that the table contradicts.

Figures are found by patterns over the narrative (paragraphs and items, not tables),
whitespace removed and full-width folded; a figure is compared only where its wording
is clear: not where its clause names a part or another scope (``其中``, ``代表``…), and
only where its sentence says what the figure counts when the pattern alone does not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.core.figures import parse_number
from linter.core.findings import Hit, Localized
from linter.core.width import fold
from linter.format.tables import GridDef
from linter.model.line_names import LineNames
from linter.model.report import ReportModel
from linter.model.tables import NAMES
from linter.model.tables.identities import figure
from linter.rules.context import Context
from linter.rules.kinds.params import strings_object
from linter.rules.kinds.patterns import compile_pattern

KIND = "narrative-figures"
MESSAGES = {"default": ("name", "stated", "table", "cells", "found")}
_WORDS = {"type": "array", "items": {"type": "string", "minLength": 1}}
_TEXT = strings_object("zh", "en")
PARAMS = {
    "properties": {
        "unclear_if": {**_WORDS, "description": "words in a figure's clause that make whose figure it is unclear"},
        "figures": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["name", "pattern", "cells"],
                "properties": {
                    "name": _TEXT,
                    "pattern": {
                        "type": "string",
                        "minLength": 1,
                        "description": "a regular expression with a group (?P<n>…) for the figure",
                    },
                    "cells": {
                        "type": "array",
                        "minItems": 1,
                        "description": "the cells whose sum the figure states",
                        "items": {
                            "type": "object",
                            "additionalProperties": False,
                            "required": ["table", "row", "column"],
                            "properties": {
                                "table": {"enum": list(NAMES)},
                                "row": {"type": "string"},
                                "column": {"type": "string"},
                            },
                        },
                    },
                    "unclear_if": {**_WORDS, "description": "more words that make this figure's clause unclear"},
                    "sentence_has": {**_WORDS, "description": "the sentence must name one of these"},
                    "sentence_lacks": {**_WORDS, "description": "…and none of these"},
                },
            },
        },
    },
    "required": ["figures"],
}
_SENTENCE_END = re.compile(r"[。；;!?！？]")
_CLAUSE_END = re.compile(r"[。；;!?！？,，:：()（）]")


def prepare(params: dict, context: Context) -> dict:
    definitions = context.tables
    figures = []
    for index, entry in enumerate(params["figures"]):
        pattern = compile_pattern(entry["pattern"], f"figures[{index}].pattern")
        if "n" not in pattern.groupindex:
            raise ValueError(f"figures[{index}].pattern: has no group (?P<n>…) for the figure")
        for cell in entry["cells"]:
            if problem := _cell_problem(definitions.get(cell["table"]), cell):
                raise ValueError(f"figures[{index}].cells: {problem}")
        unclear = tuple(fold(w) for w in (*params.get("unclear_if", ()), *entry.get("unclear_if", ())))
        figures.append(
            {
                **entry,
                "pattern": pattern,
                "name": Localized.of(entry["name"]),
                "unclear_if": unclear,
            }
        )
    return {"figures": figures}


def check(model: ReportModel, config: dict) -> Iterator[Hit]:
    text = model.text
    for spec in config["figures"]:
        for match in spec["pattern"].finditer(text.text):
            found = model.tables.total((c["table"], c["row"], c["column"]) for c in spec["cells"])
            stated = parse_number(match.group("n") or "")
            if found is None or stated is None or found == stated or not _clear(text.text, match, spec):
                continue
            args = {
                "name": spec["name"],
                "stated": match.group("n"),
                "table": model.tables.get(spec["cells"][0]["table"]).title,
                "cells": _cells_name(model, spec["cells"]),
                "found": figure(found),
            }
            yield Hit(text.span(*match.span("n")), args)


def _clear(text: str, match: re.Match[str], spec: dict) -> bool:
    clause = text[_start(_CLAUSE_END, text, match.start()) : _end(_CLAUSE_END, text, match.end())]
    sentence = text[_start(_SENTENCE_END, text, match.start()) : _end(_SENTENCE_END, text, match.end())]
    if any(word in clause for word in spec["unclear_if"]):
        return False
    if spec.get("sentence_has") and not any(word in sentence for word in spec["sentence_has"]):
        return False
    return not any(word in sentence for word in spec.get("sentence_lacks", ()))


def _start(boundary: re.Pattern[str], text: str, index: int) -> int:
    ends = [m.end() for m in boundary.finditer(text, max(0, index - 200), index)]
    return ends[-1] if ends else max(0, index - 200)


def _end(boundary: re.Pattern[str], text: str, index: int) -> int:
    found = boundary.search(text, index)
    return found.start() if found else len(text)


def _cells_name(model: ReportModel, cells: list[dict]) -> Localized:
    tables = model.tables
    names = [_cell_name(tables.definitions.get(c["table"]), tables.get(c["table"]), c, model.lines) for c in cells]
    return Localized(
        "与".join(n.zh for n in names) + ("之和" if len(names) > 1 else ""), " plus ".join(n.en for n in names)
    )


def _cell_name(definition, reading, cell: dict, lines: LineNames) -> Localized:
    row, column = reading.rows[cell["row"]], definition.column(cell["column"]).name
    where = lines.name([row.cell(cell["column"]).line])
    if isinstance(definition, GridDef) and len(definition.rows) == 1:
        return Localized(f"“{column.zh}”（{where.zh}）", f"“{column.en}” ({where.en})")
    return Localized(f"“{row.name.zh}”行“{column.zh}”（{where.zh}）", f"“{row.name.en}”, “{column.en}” ({where.en})")


def _cell_problem(definition, cell: dict) -> str:
    try:
        definition.column(cell["column"])
    except KeyError:
        return f"table {cell['table']} has no column {cell['column']!r}"
    rows = (
        set(definition.rows)
        if isinstance(definition, GridDef)
        else {r.key for f in definition.formats.values() for r in f.rows}
    )
    return "" if cell["row"] in rows else f"table {cell['table']} has no row {cell['row']!r}"
