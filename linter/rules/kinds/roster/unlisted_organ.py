"""GK602: a report whose organ is not on the roster (only when a roster is given)."""

from __future__ import annotations

from collections.abc import Iterator

from linter.core.findings import Hit
from linter.model.report import ReportModel
from linter.rules.kinds.places import report_start

KIND = "unlisted-organ"
MESSAGES = {"default": ("organ", "roster")}


def check(model: ReportModel, config: object) -> Iterator[Hit]:
    roster = model.options.roster
    if roster is None or not model.organ or roster.entry(model.organ) is not None:
        return
    yield Hit(report_start(model), {"organ": model.organ, "roster": roster.path})
