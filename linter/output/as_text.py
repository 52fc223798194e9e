"""``path:line:col: GK203 [error] message (basis)``, one finding a line, and a summary.

For Word, HTML and PDF input the line ends with `` [location]`` (``[表格 2 第 5 行 第 3 列]``),
so that everything up to the message reads as for plain text.
"""

from __future__ import annotations

import json
from collections import Counter

from linter.core.findings import Finding
from linter.output.columns import aligned


def render(findings: list[Finding], context) -> str:
    return "".join(line(f) + "\n" for f in findings)


def line(finding: Finding) -> str:
    basis = f" ({finding.basis})" if finding.basis else ""
    location = f" [{finding.location}]" if finding.location else ""
    return f"{finding.path}:{finding.span.line}:{finding.span.column}: {finding.rule} [{finding.severity}] {finding.message}{basis}{location}"


def statistics(findings: list[Finding]) -> list[tuple[str, str, str, int, int]]:
    """(rule, name, severity, count, files) for each rule that reported something, most first;
    ``files``: how many files it reported in."""
    counts = Counter((f.rule, f.name, f.severity) for f in findings)
    files = Counter(key[:3] for key in {(f.rule, f.name, f.severity, f.path) for f in findings})
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [(*key, n, files[key]) for key, n in ordered]


def render_statistics(findings: list[Finding], files: int, lang: str, as_json: bool = False) -> str:
    """Counts per rule: JSON (a list, each with the files the rule reported in) or aligned
    text, with a total line that counts the files checked."""
    counts = statistics(findings)
    if as_json:
        listed = [{"rule": r, "name": n, "severity": s, "count": c, "files": f} for r, n, s, c, f in counts]
        return json.dumps(listed, ensure_ascii=False, indent=2) + "\n"
    english = lang == "en"
    rows = [(str(c), r, f"[{s}]", n, _files(f, english)) for r, n, s, c, f in counts]
    total = f"in {files} files checked" if english else f"共检查 {files} 个文件"
    rows.append((str(len(findings)), "total" if english else "合计", "", "", total))
    return "".join(line + "\n" for line in aligned(rows, right=frozenset({0})))


def _files(count: int, english: bool) -> str:
    return (f"{count} file" + ("s" if count != 1 else "")) if english else f"{count} 个文件"


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
