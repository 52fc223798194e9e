"""GK402: section 六 never states the information processing fees (信息处理费) charged."""

from __future__ import annotations

from collections.abc import Iterator

from linter.core.findings import Hit
from linter.core.normalize import squeeze
from linter.model.report import ReportModel
from linter.rules.context import Context
from linter.rules.kinds.params import strings_object

KIND = "processing-fee"
MESSAGES = {"default": (), "notices": ("count",)}
PARAMS = {
    "properties": {
        "section": {"type": "integer", "minimum": 1, "description": "the section that must state the fees"},
        "words": {
            "type": "array",
            "minItems": 1,
            "items": {"type": "string", "minLength": 1},
            "description": "any of these (whitespace ignored) states the fees, a nil statement included",
        },
        "notices": {
            **strings_object("row", "column"),
            "description": "表三's cell of applications dropped for an unpaid fee notice",
        },
    },
    "required": ["section", "words", "notices"],
}


def prepare(params: dict, context: Context) -> dict:
    context.section(params["section"], "section")
    grid = context.tables.application
    notices = params["notices"]
    if notices["row"] not in grid.rows or notices["column"] not in grid.columns:
        raise ValueError(f"notices: table application has no cell {notices['row']}/{notices['column']}")
    return {**params, "words": tuple(squeeze(word) for word in params["words"])}


def check(model: ReportModel, config: dict) -> Iterator[Hit]:
    section = model.section(config["section"])
    if not section.present:
        return  # reported as missing by GK101
    if any(word in section.text.text for word in config["words"]):
        return
    reading = model.tables.get("application")
    notices = reading.value(config["notices"]["row"], config["notices"]["column"]) if reading else None
    if notices:
        yield Hit(section.heading.span, {"count": notices}, message="notices")
    else:
        yield Hit(section.heading.span)
