"""GK301: the stated statistical period is not 1 January – 31 December of the report year."""

from __future__ import annotations

from collections.abc import Iterator

from linter.core.findings import Hit
from linter.model.report import ReportModel

KIND = "statistical-period"
MESSAGES = {"default": ("stated", "year")}


def check(model: ReportModel, config: dict) -> Iterator[Hit]:
    period, year = model.period, model.report_year
    if period is None or year is None:
        return
    if period.start == (year, 1, 1) and period.end in (None, (year, 12, 31)):
        return
    stated = _date(period.start) + ("" if period.end is None else f"至{_date(period.end)}")
    yield Hit(period.span, {"stated": stated, "year": year})


def _date(ymd: tuple[int, int, int]) -> str:
    return f"{ymd[0]}年{ymd[1]}月{ymd[2]}日"
