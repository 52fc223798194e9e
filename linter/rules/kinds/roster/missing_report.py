"""GK601: an organ on the roster with no report for the audited year, at its roster line."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from linter.core.findings import Hit
from linter.core.spans import Span

if TYPE_CHECKING:  # an annotation only: a check without a roster does without it
    from linter.model.roster import Unreported

KIND = "missing-report"
STAGE = "roster"
MESSAGES = {"default": ("organ", "year"), "any-year": ("organ",)}


def check(unreported: Unreported, config: object) -> Iterator[Hit]:
    for entry in unreported.entries:
        span = Span(entry.line, 1, entry.line, max(len(entry.organ), 1))
        if unreported.year is None:
            yield Hit(span, {"organ": entry.organ}, message="any-year")
        else:
            yield Hit(span, {"organ": entry.organ, "year": unreported.year})
