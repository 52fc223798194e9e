"""Baselines: adopt xxgk-lint on last year's reports and see only new findings.

``--write-baseline FILE`` records the fingerprint of every finding (rule, path and the
text the finding is about, not its line, so edits elsewhere do not invalidate it);
``--baseline FILE`` reports only findings whose fingerprint is not recorded.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from linter import __version__
from linter.core.errors import RunError
from linter.core.findings import Finding
from linter.core.json_pieces import HOLE, write_around

FORMAT = "xxgk-lint-baseline"


def write(path: Path, findings: Iterable[Finding]) -> int:
    """Record ``findings`` as they come (none held); how many there were."""
    count = 0

    def entries() -> Iterator[dict[str, str]]:
        nonlocal count
        for f in findings:
            count += 1
            yield {
                "fingerprint": f.fingerprint,
                "rule": f.rule,
                "path": f.path,
                "anchor": f.anchor,
                "message": f.message,
            }

    document = {"format": FORMAT, "version": 1, "tool": f"xxgk-lint {__version__}", "findings": HOLE}
    opened: list[IO[str]] = []

    def write_text(text: str) -> None:  # the file opened at the first finding: a run that fails before keeps the old
        if not opened:
            opened.append(path.open("w", encoding="utf-8"))
        opened[0].write(text)

    try:
        try:
            write_around(document, entries(), write_text)
            write_text("\n")
        finally:
            for file in opened:
                file.close()
    except OSError as error:
        raise RunError(f"{path}: cannot write the baseline: {error.strerror or error}") from None
    return count


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
