"""GitHub Actions workflow commands: an annotation on the pull request for each finding."""

from __future__ import annotations

from linter.core.findings import Finding

_LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def render(findings: list[Finding], context) -> str:
    return "".join(_line(f) for f in findings)


def _line(finding: Finding) -> str:
    span = finding.span
    properties = {
        "file": finding.path,
        "line": span.line,
        "col": span.column,
        "endLine": span.end_line,
        "endColumn": span.end_column,
        "title": f"{finding.rule} {finding.name}",
    }
    listed = ",".join(f"{key}={_escape_property(str(value))}" for key, value in properties.items())
    basis = f" ({finding.basis})" if finding.basis else ""
    where = f" [{finding.location}]" if finding.location else ""
    return f"::{_LEVELS[finding.severity]} {listed}::{_escape_data(finding.message + basis + where)}\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")
