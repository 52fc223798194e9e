"""GK601: an organ on the roster with no report for the audited year, at its roster line."""

from __future__ import annotations

from collections.abc import Iterator

from linter.core.findings import Hit
from linter.core.spans import Span
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
