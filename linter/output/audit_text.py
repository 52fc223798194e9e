"""The audit on the terminal: a table with one row per report, aligned for Chinese
(wide characters take two columns), then totals by rule and by status, and the
roster's organs with no report."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from linter.output.audit_labels import STATUS, TOTALS, columns, word
from linter.output.audit_rows import MISSING_COLUMNS, REPORT_COLUMNS, Cell, missing_cells, report_cells
from linter.run.audit import STATUSES, AuditRun, by_status

GAP = "  "
NUMERIC = {"year", "errors", "warnings", "line", "count"}


def width(text: str) -> int:
    """Columns ``text`` takes on a terminal: two for wide and full-width characters."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in text)


def pad(text: str, columns: int, right: bool = False) -> str:
    fill = " " * max(columns - width(text), 0)
    return fill + text if right else text + fill


def table(keys: Sequence[str], rows: Sequence[Sequence[Cell]], lang: str) -> str:
    header = columns(tuple(keys), lang)
    cells = [[str(c) for c in row] for row in rows]
    widths = [max(width(text) for text in column) for column in zip(header, *cells)]
    lines = []
    for row in [header, *cells]:
        padded = [pad(text, w, key in NUMERIC) for key, text, w in zip(keys, row, widths)]
        lines.append(GAP.join(padded).rstrip())
    return "\n".join(lines) + "\n"


def render(run: AuditRun) -> str:
    lang = run.lang
    out = [table(REPORT_COLUMNS, [report_cells(r, lang) for r in run.rows], lang)]
    counts = sorted(run.by_rule.items(), key=lambda item: (-item[1], item[0]))
    if counts:
        out += ["", word(TOTALS, "by_rule", lang), table(("rule", "count"), counts, lang)]
    statuses = by_status(run.rows)
    status_rows = [(word(STATUS, s, lang), statuses[s]) for s in STATUSES if statuses[s]]
    if run.roster:
        status_rows.append((word(TOTALS, "missing", lang), len(run.missing)))
    out += ["", word(TOTALS, "by_status", lang), table(("status", "count"), status_rows, lang)]
    if run.missing:
        missing = [missing_cells(e, run.roster, lang) for e in run.missing]
        out += ["", word(TOTALS, "missing", lang), table(MISSING_COLUMNS, missing, lang)]
    return "\n".join(part.rstrip("\n") for part in out) + "\n"


def summary(run: AuditRun) -> str:
    """One line for stderr: reports, statuses, findings, missing organs."""
    statuses = by_status(run.rows)
    findings = sum(run.by_rule.values())
    if run.lang == "en":
        parts = [f"{len(run.rows)} reports", f"{statuses['clean']} clean", f"{findings} findings"]
        if run.roster:
            parts.append(f"{len(run.missing)} organs of the roster without a report")
        return "Audited " + ", ".join(parts) + "."
    parts = [f"{len(run.rows)} 份报告", f"无问题 {statuses['clean']} 份", f"问题 {findings} 个"]
    if run.roster:
        parts.append(f"名单上未报送 {len(run.missing)} 个机关")
    return "检查了 " + "，".join(parts) + "。"
