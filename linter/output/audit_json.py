"""The audit as JSON: each report with its facts and findings, the run's findings, the
missing organs and the totals."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from linter.output.audit_rows import top_rules
from linter.run.audit import AuditRun, ReportRow, by_status


def write(run: AuditRun, path: Path) -> None:
    path.write_text(json.dumps(document(run), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def document(run: AuditRun) -> dict[str, Any]:
    return {
        "year": run.year,
        "reports": [_report(row) for row in run.rows],
        "run_findings": [f.to_json() for f in run.run_findings],
        "roster": run.roster or None,
        "missing": [{"organ": e.organ, "line": e.line, "kind": e.kind, "region": e.region} for e in run.missing],
        "totals": {
            "by_rule": dict(sorted(run.by_rule.items())),
            "by_status": dict(sorted(by_status(run.rows).items())),
        },
    }


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
