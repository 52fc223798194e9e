"""GK005: a suppression directive that cannot be understood."""

from __future__ import annotations

from collections.abc import Iterator

from linter.core.findings import Hit
from linter.core.suppression import Outcome

KIND = "invalid-suppression"
STAGE = "suppress"
MESSAGES = {key: ("directive",) for key in ("default", "syntax", "no-rules", "unknown-rule")}


def check(outcome: Outcome, config: object) -> Iterator[Hit]:
    for invalid in outcome.invalid:
        yield Hit(invalid.span, {"directive": invalid.text}, message=invalid.problem)
