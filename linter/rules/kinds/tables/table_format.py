"""GK208: the tables are on the national format of other years than the report's."""

from __future__ import annotations

from collections.abc import Iterator

from linter.core.findings import Hit, Localized
from linter.model.report import ReportModel
from linter.rules.kinds.tables import lenient

KIND = "table-format"
MESSAGES = {"default": ("found", "expected", "year", "signs")}
PARAMS = {
    "properties": {
        "lenient_years": lenient.PARAM,
        "most": {"type": "integer", "minimum": 1, "description": "how many signs a message lists at most"},
    },
    "required": ["most"],
}


def check(model: ReportModel, config: dict) -> Iterator[Hit]:
    expected = model.format_version
    if expected is None:
        return
    signs = sorted((s for table in model.tables for s in table.signals if s.version != expected), key=lambda s: s.span)
    if not signs:
        return
    shown = signs[: config["most"]]
    args = {
        "found": "/".join(sorted({s.version for s in signs})),
        "expected": expected,
        "year": model.report_year,
        "signs": Localized("、".join(s.what.zh for s in shown), ", ".join(s.what.en for s in shown)),
    }
    yield Hit(signs[0].span, args, severity=lenient.severity(model, config))
