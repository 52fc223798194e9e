"""Safe mechanical fixes (rules that offer one: GK104 heading wording, GK105 bracket
width), applied to a file's own text: its encoding, BOM and line ends are kept.
Only plain text and Markdown; nothing is written unless ``--fix`` asks."""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

from linter.core.errors import RunError
from linter.core.findings import Fix
from linter.readers import text as text_reader
from linter.run.result import FileResult

FIXABLE_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
_LINE_END = re.compile(r"(\r\n|\r|\n)")


class Plan(NamedTuple):
    path: Path
    before: str
    after: str
    encoding: str
    applied: int

    def diff(self) -> str:
        import difflib  # imported here: only --diff needs it, and every text run imports this module

        lines = difflib.unified_diff(
            self.before.splitlines(keepends=True), self.after.splitlines(keepends=True), str(self.path), str(self.path)
        )
        return "".join(line if line.endswith(("\n", "\r")) else line + "\n" for line in lines)

    def write(self) -> None:
        try:
            self.path.write_bytes(self.after.encode(self.encoding))
        except OSError as error:
            raise RunError(f"{self.path}: cannot write the fixes: {error.strerror or error}") from None


def plan(result: FileResult) -> Plan | None:
    """What the fixes its findings offer would make of the result's file; None if none applies."""
    path = Path(result.path)
    fixes = [f.fix for f in result.findings if f.fix is not None]
    if not fixes or path.suffix.lower() not in FIXABLE_SUFFIXES:
        return None
    decoded = text_reader.decode(path.read_bytes())
    if isinstance(decoded, str):
        return None
    before, encoding = decoded
    after, applied = apply(before, fixes)
    return Plan(path, before, after, encoding, applied) if applied else None


def apply(text: str, fixes: list[Fix]) -> tuple[str, int]:
    """``text`` with the fixes made (one-line, non-overlapping ones; the last first)."""
    parts = _LINE_END.split(text)  # line, end, line, end, …, line
    applied, taken = 0, []
    for fix in sorted(fixes, key=lambda f: (f.span.line, f.span.column), reverse=True):
        span = fix.span
        index = 2 * (span.line - 1)
        if span.end_line != span.line or index >= len(parts) or any(_overlap(span, t) for t in taken):
            continue
        line = parts[index]
        parts[index] = line[: span.column - 1] + fix.text + line[span.end_column :]
        taken.append(span)
        applied += 1
    return "".join(parts), applied


def _overlap(a, b) -> bool:
    return a.line == b.line and a.column <= b.end_column and b.column <= a.end_column
