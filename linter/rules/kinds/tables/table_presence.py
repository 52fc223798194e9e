"""GK201: a table the format requires is not in its section (a warning for 2019 reports)."""

from __future__ import annotations

from collections.abc import Iterator

from linter.core.findings import Hit
from linter.model.report import ReportModel
from linter.model.tables import NAMES, NAMES_SCHEMA
from linter.rules.kinds.places import section_heading
from linter.rules.kinds.tables import lenient

KIND = "table-presence"
MESSAGES = {"default": ("table", "caption")}
PARAMS = {"properties": {"tables": NAMES_SCHEMA, "lenient_years": lenient.PARAM}}


def check(model: ReportModel, config: dict) -> Iterator[Hit]:
    for name in config.get("tables", NAMES):
        if model.tables.expected(name) and model.tables.get(name) is None:
            definition = model.tables.definitions.get(name)
            args = {"table": definition.title, "caption": definition.caption}
            yield Hit(section_heading(model, definition.section), args, severity=lenient.severity(model, config))
