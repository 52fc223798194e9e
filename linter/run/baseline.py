"""Baselines: adopt xxgk-lint on last year's reports and see only new findings.

``--write-baseline FILE`` records the fingerprint of every finding (rule, path and the
text the finding is about, not its line, so edits elsewhere do not invalidate it);
``--baseline FILE`` reports only findings whose fingerprint is not recorded.
"""

from __future__ import annotations

import json
from pathlib import Path

from linter import __version__
from linter.core.errors import RunError
from linter.core.findings import Finding

FORMAT = "xxgk-lint-baseline"


def write(path: Path, findings: list[Finding]) -> None:
    entries = [
        {"fingerprint": f.fingerprint, "rule": f.rule, "path": f.path, "anchor": f.anchor, "message": f.message}
        for f in findings
    ]
    document = {"format": FORMAT, "version": 1, "tool": f"xxgk-lint {__version__}", "findings": entries}
    try:
        path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as error:
        raise RunError(f"{path}: cannot write the baseline: {error.strerror or error}") from None


def load(path: Path) -> frozenset[str]:
    """The fingerprints a baseline file records."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise RunError(f"{path}: cannot read the baseline: {error.strerror or error}") from None
    except (ValueError, UnicodeDecodeError):
        raise RunError(f"{path}: not a baseline file (not JSON)") from None
    except RecursionError:
        raise RunError(f"{path}: not a baseline file (nested too deep)") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise RunError(f"{path}: not a baseline file (written by --write-baseline)")
    entries = document.get("findings", [])
    if not isinstance(entries, list):
        raise RunError(f"{path}: 'findings': not a list")
    for index, entry in enumerate(entries):
        if not isinstance(entry, dict) or not isinstance(entry.get("fingerprint", ""), str):
            raise RunError(f"{path}: 'findings[{index}]': not a finding with a text fingerprint")
    return frozenset(entry["fingerprint"] for entry in entries if "fingerprint" in entry)


def new_findings(findings: list[Finding], recorded: frozenset[str]) -> list[Finding]:
    return [f for f in findings if f.fingerprint not in recorded]
