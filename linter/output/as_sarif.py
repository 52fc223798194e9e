"""SARIF 2.1.0, for code scanning: the rules described once, a result per finding."""

from __future__ import annotations

import json
from pathlib import PurePath
from urllib.parse import quote

from linter import __version__
from linter.core.findings import Finding

_LEVELS = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def render(findings: list[Finding], context) -> str:
    lang = context.lang
    rules = sorted({r.id: r for r in context.rules}.values(), key=lambda r: r.id)
    index = {rule.id: position for position, rule in enumerate(rules)}
    document = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {"name": "xxgk-lint", "version": __version__, "rules": [_rule(r, lang) for r in rules]}
                },
                "columnKind": "unicodeCodePoints",
                "results": [_result(f, index) for f in findings],
            }
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _rule(rule, lang: str) -> dict:
    summary = rule.summary.get(lang)
    full = rule.rationale.get(lang) if rule.rationale else summary
    basis = rule.basis.get(lang) if rule.basis else ""
    help_text = f"{full}\n\n{basis}" if basis else full
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": full},
        "help": {"text": help_text, "markdown": help_text},
        "defaultConfiguration": {"level": _LEVELS[rule.severity]},
    }


def _result(finding: Finding, index: dict[str, int]) -> dict:
    span = finding.span
    result = {
        "ruleId": finding.rule,
        "level": _LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": quote(PurePath(finding.path).as_posix())},
                    "region": {
                        "startLine": span.line,
                        "startColumn": span.column,
                        "endLine": span.end_line,
                        "endColumn": span.end_column + 1,  # SARIF: the column after the region
                    },
                }
            }
        ],
        "partialFingerprints": {"xxgkLint/v1": finding.fingerprint},
    }
    if finding.rule in index:
        result["ruleIndex"] = index[finding.rule]
    if finding.location:  # where in a Word, HTML or PDF file, in words
        result["locations"][0]["message"] = {"text": finding.location}
    return result
