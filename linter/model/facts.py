"""What a summary of many reports shows of each: who, which year, which format, when
published, and where its sections begin (to group findings by section)."""

from linter.core.record import Record
from linter.model.organs import organ_level
from linter.model.report import ReportModel


class ReportFacts(Record):
    organ: str | None
    organ_kind: str | None  # the format's organ kind: government, department …
    organ_level: str | None  # provincial, prefecture, county, township; None when the name does not tell
    year: int | None
    format_version: str | None
    published: str | None  # ISO date
    title: str  # "" when there is none
    title_line: int  # 0 when there is no title
    sections: tuple[tuple[tuple[int, int], str], ...]  # ((line, column), heading as written) of each level-1 section
    quotes: tuple[tuple[tuple[int, int], str], ...] = ()  # ((line, column), the source around it) of each finding

    def quote(self, line: int, column: int) -> str:
        return next((text for place, text in self.quotes if place == (line, column)), "")

    def section_at(self, line: int, column: int) -> str:
        """The heading of the section (line, column) is in; "" before the first."""
        found = ""
        for start, heading in self.sections:
            if start > (line, column):
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
            ((s.heading.number_span.line, s.heading.number_span.column), f"{s.heading.marker}{s.heading.title}")
            for s in model.document.sections
            if s.heading is not None
        ),
    )
