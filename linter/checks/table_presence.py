"""GK201: a table the format requires is not in its section."""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Hit
from ..model import ReportModel
from ..tables import NAMES, NAMES_SCHEMA
from .places import section_heading

KIND = "table-presence"
PARAMS = {"properties": {"tables": NAMES_SCHEMA}}


def check(model: ReportModel, config: dict) -> Iterator[Hit]:
    for name in config.get("tables", NAMES):
        if model.tables.expected(name) and model.tables.get(name) is None:
            definition = model.tables.definitions.get(name)
            yield Hit(section_heading(model, definition.section), {"table": definition.title, "caption": definition.caption})
