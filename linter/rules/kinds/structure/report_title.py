"""GK106: the title lacks the organ, the year or 政府信息公开工作年度报告."""

from __future__ import annotations

from collections.abc import Iterator

from linter.core.findings import Hit, Localized
from linter.core.normalize import squeeze
from linter.model.report import ReportModel
from linter.rules.kinds.places import START

KIND = "report-title"
MESSAGES = {"default": ("lacking", "title"), "missing": ()}
PARAMS = {"properties": {"wording": {"type": "string", "minLength": 1}}, "required": ["wording"]}

_ORGAN = Localized("机关名称", "the organ's name")
_YEAR = Localized("年度", "the year")


def check(model: ReportModel, config: dict) -> Iterator[Hit]:
    title = model.title
    if title is None:
        yield Hit(START, message="missing")
        return
    lacking = []
    if not title.organ:
        lacking.append(_ORGAN)
    if title.year is None:
        lacking.append(_YEAR)
    if squeeze(config["wording"]) not in squeeze(title.text):
        lacking.append(Localized(f"“{config['wording']}”字样", f"the words “{config['wording']}”"))
    if lacking:
        yield Hit(title.span, {"lacking": lacking, "title": title.text})
