"""The JSON array of the contract: one object per finding, all fields always present."""

from __future__ import annotations

from collections.abc import Iterable

from linter.core.findings import Finding
from linter.core.json_pieces import Write, write_list
from linter.output import rendered


def render(findings: list[Finding], context) -> str:
    return rendered(stream, findings, context)


def stream(findings: Iterable[Finding], context, write: Write) -> None:
    write_list((f.to_json() for f in findings), 0, write)
    write("\n")
