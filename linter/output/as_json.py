"""The JSON array of the contract: one object per finding, all fields always present."""

from __future__ import annotations

import json

from linter.core.findings import Finding


def render(findings: list[Finding], context) -> str:
    return json.dumps([f.to_json() for f in findings], ensure_ascii=False, indent=2) + "\n"
