"""The audit on the terminal: a table with one row per report, aligned for Chinese
(wide characters take two columns), then totals by rule and by status, and the
roster's organs with no report."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from itertools import chain

from linter.output.audit_labels import STATUS, TOTALS, columns, word
from linter.output.audit_rows import MISSING_COLUMNS, REPORT_COLUMNS, Cell, missing_cells, report_cells
from linter.run.audit import STATUSES, AuditRun

GAP = "  "
NUMERIC = {"year", "errors", "warnings", "line", "count"}


def width(text: str) -> int:
    """Columns ``text`` takes on a terminal: two for wide and full-width characters."""
    if text.isascii():  # a path, a count, a rule: every character one column
        return len(text)
    return sum(map(_char_width, text))


@cache  # a table's characters are few however many its rows: each looked up once
def _char_width(char: str) -> int:
    return 2 if unicodedata.east_asian_width(char) in "WF" else 0 if unicodedata.combining(char) else 1


def pad(text: str, columns: int, right: bool = False) -> str:
    fill = " " * max(columns - width(text), 0)
    return fill + text if right else text + fill


def table(keys: Sequence[str], rows: Callable[[], Iterable[Sequence[Cell]]], lang: str) -> Iterator[str]:
    """The lines of an aligned table; ``rows()`` is read twice (widths, then lines), so
    that rows kept on disk are never all in memory."""
    header = columns(tuple(keys), lang)
    widths = [width(name) for name in header]
    for row in rows():
        widths = [max(w, width(str(cell))) for w, cell in zip(widths, row)]
    for row in chain([header], rows()):
        padded = [pad(str(text), w, key in NUMERIC) for key, text, w in zip(keys, row, widths)]
        yield GAP.join(padded).rstrip() + "\n"


def render(run: AuditRun) -> Iterator[str]:
    """The audit's lines for the terminal."""
    lang = run.lang
    yield from table(REPORT_COLUMNS, lambda: (report_cells(r, lang) for r in run.rows), lang)
    counts = sorted(run.by_rule.items(), key=lambda item: (-item[1], item[0]))
    if counts:
        yield f"\n{word(TOTALS, 'by_rule', lang)}\n"
        yield from table(("rule", "count"), lambda: counts, lang)
    status_rows = [(word(STATUS, s, lang), run.by_status[s]) for s in STATUSES if run.by_status[s]]
    if run.roster:
        status_rows.append((word(TOTALS, "missing", lang), len(run.missing)))
    yield f"\n{word(TOTALS, 'by_status', lang)}\n"
    yield from table(("status", "count"), lambda: status_rows, lang)
    if run.missing:
        yield f"\n{word(TOTALS, 'missing', lang)}\n"
        yield from table(MISSING_COLUMNS, lambda: [missing_cells(e, run.roster, lang) for e in run.missing], lang)


def summary(run: AuditRun) -> str:
    """One line for stderr: reports, statuses, findings, missing organs."""
    statuses = run.by_status
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
