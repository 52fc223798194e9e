"""Where a finding is in its file, for formats that point at lines (SARIF, GitHub):
plain text by its own lines and columns; an HTML page by its source line; Word and PDF
files by no line at all (their lines are the extracted text's), the location in words
saying where."""

from __future__ import annotations

from linter.core.findings import Finding
from linter.core.record import Record
from linter.run.pathnames import as_path


class Region(Record):
    line: int
    column: int = 0  # 0: the whole line
    end_line: int = 0
    end_column: int = 0  # inclusive


def region(finding: Finding) -> Region | None:
    """The finding's place in the file itself, or None when the file has no lines to name."""
    if finding.source_line:
        return Region(finding.source_line)
    if finding.location:
        return None
    span = finding.span
    return Region(span.line, span.column, span.end_line, span.end_column)


def fixable_in_place(finding: Finding) -> bool:
    """Whether the finding's fix can be made to its file (text and Markdown only)."""
    from linter.run.fixes import FIXABLE_SUFFIXES  # imported here: a run with no findings does without it

    return finding.fix is not None and as_path(finding.path).suffix.lower() in FIXABLE_SUFFIXES
