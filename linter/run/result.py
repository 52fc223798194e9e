"""One file's findings, the object every step of a check acts on."""

from linter.core.findings import Finding
from linter.core.record import Record
from linter.model.facts import ReportFacts


class FileResult(Record):
    """A file's findings as the steps leave them: the engine (inline suppressions applied),
    the session (per-file ignores and the sidecar), then the fixes."""

    path: str
    findings: list[Finding]
    facts: ReportFacts | None = None  # None for a file that gave no text
