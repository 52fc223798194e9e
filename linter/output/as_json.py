"""The JSON array of the contract: one object per finding, all fields always present."""

from __future__ import annotations

import json

from ..findings import Finding
from .as_text import statistics


def render(findings: list[Finding], context) -> str:
    return json.dumps([f.to_json() for f in findings], ensure_ascii=False, indent=2) + "\n"


def render_statistics(findings: list[Finding]) -> str:
    counts = [{"rule": r, "name": n, "severity": s, "count": c} for r, n, s, c in statistics(findings)]
    return json.dumps(counts, ensure_ascii=False, indent=2) + "\n"
