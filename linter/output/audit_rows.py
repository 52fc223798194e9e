"""An audit as rows of cells: one per report, one per finding, one per missing organ,
the same for the terminal, the workbook, the CSV and the page."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from linter.core.findings import Finding
from linter.model.roster import RosterEntry
from linter.output.audit_labels import KINDS, SEVERITY, STATUS, organ_kind, word
from linter.run.audit import ReportRow

TOP_RULES = 3
REPORT_COLUMNS = ("file", "organ", "kind", "year", "format", "published", "errors", "warnings", "rules", "status")
FINDING_COLUMNS = (
    "file",
    "organ",
    "year",
    "line",
    "column",
    "section",
    "rule",
    "name",
    "severity",
    "message",
    "basis",
    "location",
    "quote",
)
MISSING_COLUMNS = ("organ", "kind", "region", "roster", "line")

Cell = str | int


def report_cells(row: ReportRow, lang: str) -> list[Cell]:
    facts = row.facts
    return [
        row.path,
        (facts.organ or "") if facts else "",
        organ_kind(facts, lang),
        facts.year if facts and facts.year is not None else "",
        facts.format_version or "" if facts else "",
        facts.published or "" if facts else "",
        row.counts[0],
        row.counts[1],
        top_rules(row),
        word(STATUS, row.status, lang),
    ]


def top_rules(row: ReportRow) -> str:
    """``GK101×2, GK104``: the most frequent rules of the report."""
    return ", ".join(f"{rule}×{n}" if n > 1 else rule for rule, n in row.rules[:TOP_RULES])


def finding_cells(finding: Finding, row: ReportRow | None, lang: str) -> list[Cell]:
    facts = row.facts if row else None
    return [
        finding.path,
        (facts.organ or "") if facts else "",
        facts.year if facts and facts.year is not None else "",
        finding.span.line,
        finding.span.column,
        facts.section_at(finding.span.line, finding.span.column) if facts else "",
        finding.rule,
        finding.name,
        word(SEVERITY, finding.severity, lang),
        finding.message,
        finding.basis,
        finding.location,
        facts.quote(finding.span.line, finding.span.column) if facts else "",
    ]


def missing_cells(entry: RosterEntry, roster: str, lang: str) -> list[Cell]:
    kind = word(KINDS, entry.kind, lang) if entry.kind else ""
    return [entry.organ, kind, entry.region, roster, entry.line]


def every_finding(
    rows: Iterable[ReportRow], run_findings: Iterable[Finding]
) -> Iterator[tuple[Finding, ReportRow | None]]:
    """Each report's findings with its row, then the run's (GK601 and others) without."""
    for row in rows:
        for finding in row.findings:
            yield finding, row
    for finding in run_findings:
        yield finding, None
