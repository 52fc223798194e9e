"""GitHub Actions workflow commands: an annotation on the pull request for each finding,
at its place in the file itself (regions.py)."""

from __future__ import annotations

from linter.core.findings import Finding
from linter.output.regions import region

_LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def render(findings: list[Finding], context) -> str:
    return "".join(_line(f) for f in findings)


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
