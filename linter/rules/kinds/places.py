"""Where a finding about the report as a whole points."""

from __future__ import annotations

from linter.core.spans import Span
from linter.model.report import ReportModel

START = Span(1, 1, 1, 1)


def report_start(model: ReportModel) -> Span:
    """The title, or the first line."""
    return model.title.span if model.title else START


def report_end(model: ReportModel) -> Span:
    """The last line that has content."""
    return model.nodes[-1].span if model.nodes else report_start(model)


def section_heading(model: ReportModel, number: int) -> Span | None:
    section = model.section(number)
    return section.heading.span if section.heading else None
