"""Report years for which the national format was encouraged, not required (2019, by
国办公开办函〔2019〕60号): there, rules about following the format only warn."""

from __future__ import annotations

from linter.model.report import ReportModel

PARAM = {
    "type": "array",
    "items": {"type": "integer"},
    "description": "report years for which the format was encouraged, not required: a warning there",
}


def severity(model: ReportModel, config: dict) -> str | None:
    """ "warning" for a report of such a year; None (the rule's own) otherwise."""
    return "warning" if model.report_year in config.get("lenient_years", ()) else None
