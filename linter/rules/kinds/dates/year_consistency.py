"""GK302: the title and the body name different report years."""

from __future__ import annotations

from collections.abc import Iterator

from linter.core.findings import Hit, Localized
from linter.model.report import ReportModel

KIND = "year-consistency"
MESSAGES = {"default": ("where", "found", "year")}

_WHERE = {"title": Localized("标题", "the title"), "body": Localized("正文", "the body")}


def check(model: ReportModel, config: dict) -> Iterator[Hit]:
    year = model.report_year
    if year is None:
        return
    for mention in model.year_mentions:
        if mention.source in _WHERE and mention.year != year:
            yield Hit(mention.span, {"where": _WHERE[mention.source], "found": mention.year, "year": year})
