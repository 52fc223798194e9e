"""The audit's findings as CSV, UTF-8 with a byte-order mark so that Excel and WPS
open the Chinese correctly; one row per finding, the run's (GK601) included."""

from __future__ import annotations

import csv
from pathlib import Path

from linter.output.audit_labels import columns
from linter.output.audit_rows import FINDING_COLUMNS, every_finding, finding_cells
from linter.run.audit import AuditRun


def write(run: AuditRun, path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        out = csv.writer(stream)
        out.writerow(columns(FINDING_COLUMNS, run.lang))
        for finding, row in every_finding(run.rows, run.run_findings):
            out.writerow(finding_cells(finding, row, run.lang))
