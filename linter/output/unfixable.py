"""What ``--fix`` and ``--diff`` say of the files they cannot change: Word, PDF and HTML
files are never written, so each one with findings gets a line on stderr instead."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from linter.core.findings import Finding
from linter.run.fixes import FIXABLE_SUFFIXES


def notes(findings: list[Finding], lang: str) -> list[str]:
    """A line for each file with findings that --fix cannot change, in path order."""
    counts = Counter(f.path for f in findings if Path(f.path).suffix.lower() not in FIXABLE_SUFFIXES)
    if lang == "en":
        return [
            f"{path}: {n} finding{'s' if n != 1 else ''}; Word, PDF and HTML files cannot be fixed in place "
            "(fix them in the original document; `xxgk-lint check` lists them)"
            for path, n in sorted(counts.items())
        ]
    return [
        f"{path}：{n} 个问题；Word、PDF、HTML 文件无法自动修复（请在原文档中修改；`xxgk-lint check` 可列出这些问题）"
        for path, n in sorted(counts.items())
    ]
