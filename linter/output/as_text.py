"""``path:line:col: GK203 [error] message (basis)``, one finding a line, and a summary.

For Word, HTML and PDF input the line ends with `` [location]`` (``[表格 2 第 5 行 第 3 列]``),
so that everything up to the message reads as for plain text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from linter.core.findings import Finding
from linter.output import Write, rendered


def render(findings: list[Finding], context) -> str:
    return rendered(stream, findings, context)


def stream(findings: Iterable[Finding], context, write: Write) -> None:
    for finding in findings:
        write(line(finding) + "\n")


def line(finding: Finding) -> str:
    basis = f" ({finding.basis})" if finding.basis else ""
    location = f" [{finding.location}]" if finding.location else ""
    return f"{finding.path}:{finding.span.line}:{finding.span.column}: {finding.rule} [{finding.severity}] {finding.message}{basis}{location}"


def summary(severities: Counter[str], files: int, lang: str) -> str:
    """The closing line, from how many findings there were of each severity."""
    error, warning, info = severities["error"], severities["warning"], severities["info"]
    total = error + warning + info
    if lang == "en":
        noun = "file" if files == 1 else "files"
        if not total:
            return f"No findings in {files} {noun}."
        return f"{total} findings ({error} errors, {warning} warnings, {info} info) in {files} {noun}."
    if not total:
        return f"检查了 {files} 个文件，未发现问题。"
    return f"检查了 {files} 个文件，发现 {total} 个问题（错误 {error}，警告 {warning}，提示 {info}）。"
