"""SARIF 2.1.0, for code scanning: the rules described once (each with a link to its
documentation), a result per finding, its safe fix as a SARIF fix.

Artifact URIs are relative to the working directory (``uriBaseId`` ``%SRCROOT%``),
as code scanning expects of a checkout; files outside it keep an absolute URI. The
region is where the finding is in the file itself: see regions.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import chain
from pathlib import Path
from urllib.parse import quote

from linter import __version__
from linter.core.findings import Finding
from linter.core.json_pieces import HOLE, Write, write_around
from linter.core.resources import DOCS_DIR
from linter.output import rendered
from linter.output.regions import Region, fixable_in_place, region

_LEVELS = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
BASE = "%SRCROOT%"


def render(findings: list[Finding], context) -> str:
    return rendered(stream, findings, context)


def stream(findings: Iterable[Finding], context, write: Write) -> None:
    found = iter(findings)
    first = next(found, None)  # by then every file has been checked: the run's rules are known
    found = chain((first,), found) if first is not None else found
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
                "originalUriBaseIds": {BASE: {"uri": Path.cwd().as_uri() + "/"}},
                "columnKind": "unicodeCodePoints",
                "results": HOLE,
            }
        ],
    }
    write_around(document, (_result(f, index) for f in found), write)
    write("\n")


def help_uri(rule, lang: str) -> str:
    """The rule's section of docs/rules.md (rules.en.md in English), by its heading's anchor."""
    page = DOCS_DIR / ("rules.en.md" if lang == "en" else "rules.md")
    anchor = re.sub(r"[^\w\- ]", "", f"{rule.id} {rule.name}".lower()).replace(" ", "-")
    return f"{page.as_uri()}#{anchor}"


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
        "helpUri": help_uri(rule, lang),
        "defaultConfiguration": {"level": _LEVELS[rule.severity]},
    }


def _result(finding: Finding, index: dict[str, int]) -> dict:
    physical: dict = {"artifactLocation": _artifact(finding.path)}
    where = region(finding)
    if where is not None:
        physical["region"] = _region(where)
    result = {
        "ruleId": finding.rule,
        "level": _LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": physical}],
        "partialFingerprints": {"xxgkLint/v1": finding.fingerprint},
    }
    if finding.rule in index:
        result["ruleIndex"] = index[finding.rule]
    if finding.location:  # where in a Word, HTML or PDF file, in words
        result["locations"][0]["message"] = {"text": finding.location}
    if fixable_in_place(finding):
        result["fixes"] = [_fix(finding)]
    return result


def _artifact(path: str) -> dict:
    file = Path(path)
    try:
        relative = file.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        return {"uri": file.resolve().as_uri()}
    return {"uri": quote(relative.as_posix()), "uriBaseId": BASE}


def _region(where: Region) -> dict:
    if not where.column:
        return {"startLine": where.line}
    return {
        "startLine": where.line,
        "startColumn": where.column,
        "endLine": where.end_line,
        "endColumn": where.end_column + 1,  # SARIF: the column after the region
    }


def _fix(finding: Finding) -> dict:
    span = finding.fix.span
    deleted = _region(Region(span.line, span.column, span.end_line, span.end_column))
    return {
        "description": {"text": f"{finding.rule}: {finding.fix.text}"},
        "artifactChanges": [
            {
                "artifactLocation": _artifact(finding.path),
                "replacements": [{"deletedRegion": deleted, "insertedContent": {"text": finding.fix.text}}],
            }
        ],
    }
