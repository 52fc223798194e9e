"""GK004: a suppression that suppressed nothing (stale, or a typo in the rule)."""

from __future__ import annotations

from collections.abc import Iterator

from linter.core.findings import Hit
from linter.core.spans import Span
from linter.core.suppression import Outcome

KIND = "unused-suppression"
STAGE = "suppress"
MESSAGES = {"default": ("directive", "rules"), "sidecar": ("entry", "rule", "path")}


def check(outcome: Outcome, config: object) -> Iterator[Hit]:
    for suppression in outcome.unused:
        yield Hit(suppression.span, {"directive": suppression.text, "rules": list(suppression.rules)})
    for entry in outcome.unused_entries:
        span = Span(entry.line, 1, entry.line, 1)
        yield Hit(span, {"entry": entry.index, "rule": entry.rule, "path": entry.path}, message="sidecar")
