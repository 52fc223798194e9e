"""The audit as an Excel workbook (XlsxWriter): sheets for the reports, the findings
(the 问题清单) and the roster's organs with no report, each with a frozen header row
and filters; column names in the run's language."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from linter.core.errors import RunError
from linter.output.audit_labels import SHEETS, columns, word
from linter.output.audit_rows import (
    FINDING_COLUMNS,
    MISSING_COLUMNS,
    REPORT_COLUMNS,
    Cell,
    every_finding,
    finding_cells,
    missing_cells,
    report_cells,
)
from linter.run.audit import AuditRun

WIDEST = 60  # characters: longer cells wrap in Excel rather than widen the column


def write(run: AuditRun, path: Path) -> None:
    try:
        import xlsxwriter
    except ImportError:
        raise RunError(f"{path}: writing .xlsx needs an optional component: pip install 'xxgk-lint[xlsx]'") from None

    lang = run.lang
    book = xlsxwriter.Workbook(
        str(path), {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    )
    header = book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
    try:
        sheets = (
            ("reports", REPORT_COLUMNS, (report_cells(r, lang) for r in run.rows)),
            (
                "findings",
                FINDING_COLUMNS,
                (finding_cells(f, r, lang) for f, r in every_finding(run.rows, run.run_findings)),
            ),
            ("missing", MISSING_COLUMNS, (missing_cells(e, run.roster, lang) for e in run.missing)),
        )
        for name, keys, rows in sheets:
            _sheet(book.add_worksheet(word(SHEETS, name, lang)), columns(keys, lang), rows, header)
    finally:
        book.close()


def _sheet(sheet, names: Sequence[str], rows: Iterable[Sequence[Cell]], header) -> None:
    widths = [len(n) * 2 + 2 for n in names]
    sheet.write_row(0, 0, names, header)
    count = 0
    for count, row in enumerate(rows, 1):
        sheet.write_row(count, 0, row)
        widths = [max(w, min(len(str(c)) * 2, WIDEST)) for w, c in zip(widths, row)]
    for index, column_width in enumerate(widths):
        sheet.set_column(index, index, column_width)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, count, len(names) - 1)
