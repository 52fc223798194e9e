"""The audit as JSON: each report with its facts and findings, the run's findings, the
missing organs and the totals."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from linter.output.audit_rows import top_rules
from linter.run.audit import AuditRun, ReportRow


def write(run: AuditRun, path: Path) -> None:
    """The document, written a report at a time."""
    with path.open("w", encoding="utf-8") as out:
        out.write(f'{{\n  "year": {json.dumps(run.year)},\n  "reports": [')
        for index, row in enumerate(run.rows):
            out.write(("," if index else "") + "\n    " + _dumps(_report(row)).replace("\n", "\n    "))
        out.write("\n  ],\n" if len(run.rows) else "],\n")
        rest = {
            "run_findings": [f.to_json() for f in run.run_findings],
            "roster": run.roster or None,
            "missing": [{"organ": e.organ, "line": e.line, "kind": e.kind, "region": e.region} for e in run.missing],
            "totals": {"by_rule": dict(sorted(run.by_rule.items())), "by_status": dict(sorted(run.by_status.items()))},
        }
        out.write(_dumps(rest)[2:] + "\n")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def _report(row: ReportRow) -> dict[str, Any]:
    facts = row.facts
    errors, warnings, info = row.counts
    return {
        "path": row.path,
        "organ": facts.organ if facts else None,
        "organ_kind": facts.organ_kind if facts else None,
        "organ_level": facts.organ_level if facts else None,
        "year": facts.year if facts else None,
        "format": facts.format_version if facts else None,
        "published": facts.published if facts else None,
        "status": row.status,
        "errors": errors,
        "warnings": warnings,
        "info": info,
        "top_rules": top_rules(row),
        "findings": [f.to_json() for f in row.findings],
    }
