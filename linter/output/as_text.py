"""``path:line:col: GK203 [error] message (basis)``, one finding a line, and a summary.

For Word, HTML and PDF input the line ends with `` [location]`` (``[表格 2 第 5 行 第 3 列]``),
so that everything up to the message reads as for plain text.
"""

from __future__ import annotations

import json
from collections import Counter

from linter.core.findings import Finding


def render(findings: list[Finding], context) -> str:
    return "".join(line(f) + "\n" for f in findings)


def line(finding: Finding) -> str:
    basis = f" ({finding.basis})" if finding.basis else ""
    location = f" [{finding.location}]" if finding.location else ""
    return f"{finding.path}:{finding.span.line}:{finding.span.column}: {finding.rule} [{finding.severity}] {finding.message}{basis}{location}"


def statistics(findings: list[Finding]) -> list[tuple[str, str, str, int]]:
    """(rule, name, severity, count) for each rule that reported something, most first."""
    counts = Counter((f.rule, f.name, f.severity) for f in findings)
    return [(*key, n) for key, n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]


def render_statistics(findings: list[Finding], as_json: bool = False) -> str:
    counts = statistics(findings)
    if as_json:
        listed = [{"rule": r, "name": n, "severity": s, "count": c} for r, n, s, c in counts]
        return json.dumps(listed, ensure_ascii=False, indent=2) + "\n"
    return "".join(f"{count:5}  {rule}  [{severity}]  {name}\n" for rule, name, severity, count in counts)


def summary(findings: list[Finding], files: int, lang: str) -> str:
    counts = Counter(f.severity for f in findings)
    error, warning, info = counts["error"], counts["warning"], counts["info"]
    if lang == "en":
        noun = "file" if files == 1 else "files"
        if not findings:
            return f"No findings in {files} {noun}."
        return f"{len(findings)} findings ({error} errors, {warning} warnings, {info} info) in {files} {noun}."
    if not findings:
        return f"检查了 {files} 个文件，未发现问题。"
    return f"检查了 {files} 个文件，发现 {len(findings)} 个问题（错误 {error}，警告 {warning}，提示 {info}）。"
