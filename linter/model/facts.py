"""What a summary of many reports shows of each: who, which year, which format, when
published, and where its sections begin (to group findings by section)."""

from __future__ import annotations

from typing import NamedTuple

from linter.model.organs import organ_level
from linter.model.report import ReportModel


class ReportFacts(NamedTuple):
    organ: str | None
    organ_kind: str | None  # the format's organ kind: government, department …
    organ_level: str | None  # provincial, prefecture, county, township; None when the name does not tell
    year: int | None
    format_version: str | None
    published: str | None  # ISO date
    title: str  # "" when there is none
    title_line: int  # 0 when there is no title
    sections: tuple[tuple[int, str], ...]  # (first line, heading as written) of each level-1 section
    quotes: tuple[tuple[int, str], ...] = ()  # (line, its text) for the lines findings are on

    def quote(self, line: int) -> str:
        return next((text for number, text in self.quotes if number == line), "")

    def section_at(self, line: int) -> str:
        """The heading of the section ``line`` is in; "" before the first."""
        found = ""
        for first, heading in self.sections:
            if first > line:
                break
            found = heading
        return found


def report_facts(model: ReportModel) -> ReportFacts:
    organ = model.organ
    title = model.title
    return ReportFacts(
        organ=organ,
        organ_kind=model.organ_kind,
        organ_level=organ_level(organ) if organ else None,
        year=model.report_year,
        format_version=model.format_version,
        published=model.published.date.isoformat() if model.published else None,
        title=title.text if title else "",
        title_line=title.span.line if title else 0,
        sections=tuple(
            (s.heading.number_span.line, f"{s.heading.marker}{s.heading.title}")
            for s in model.document.sections
            if s.heading is not None
        ),
    )
