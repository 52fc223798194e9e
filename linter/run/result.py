"""One file's findings, the object every step of a check acts on."""

from __future__ import annotations

from typing import NamedTuple

from linter.core.findings import Finding


class FileResult(NamedTuple):
    """A file's findings as the steps leave them: the engine (inline suppressions applied),
    the session (per-file ignores and the sidecar), then the fixes."""

    path: str
    findings: list[Finding]
