"""GK003: a report for a year before the 2019 regulation: format rules do not apply."""

from __future__ import annotations

from collections.abc import Iterator

from linter.core.findings import Hit
from linter.model.report import ReportModel
from linter.rules.kinds.places import report_start

KIND = "report-scope"
MESSAGES = {"default": ("year", "first_year")}
PARAMS = {"properties": {"first_year": {"type": "integer"}}, "required": ["first_year"]}


def check(model: ReportModel, config: dict) -> Iterator[Hit]:
    year = model.report_year
    if year is not None and year < config["first_year"]:
        yield Hit(report_start(model), {"year": year, "first_year": config["first_year"]})
