"""GitHub Actions workflow commands: an annotation on the pull request for each finding,
at its place in the file itself (regions.py)."""

from __future__ import annotations

from collections.abc import Iterable

from linter.core.findings import Finding
from linter.output import Write, rendered
from linter.output.regions import region

_LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def render(findings: list[Finding], context) -> str:
    return rendered(stream, findings, context)


def stream(findings: Iterable[Finding], context, write: Write) -> None:
    for finding in findings:
        write(_line(finding))


def _line(finding: Finding) -> str:
    properties: dict[str, object] = {"file": finding.path}
    where = region(finding)
    if where is not None:
        properties["line"] = where.line
        if where.column:
            properties |= {"col": where.column, "endLine": where.end_line, "endColumn": where.end_column}
    properties["title"] = f"{finding.rule} {finding.name}"
    listed = ",".join(f"{key}={_escape_property(str(value))}" for key, value in properties.items())
    basis = f" ({finding.basis})" if finding.basis else ""
    where = f" [{finding.location}]" if finding.location else ""
    return f"::{_LEVELS[finding.severity]} {listed}::{_escape_data(finding.message + basis + where)}\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")
