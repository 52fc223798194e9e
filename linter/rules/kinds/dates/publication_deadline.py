"""GK303: published after the Art. 49 deadline for this kind of organ."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from linter.core.findings import Hit, Localized
from linter.model.report import ReportModel
from linter.rules.context import Context
from linter.rules.kinds.places import report_start

KIND = "publication-deadline"
MESSAGES = {"default": ("published", "deadline", "kind")}
PARAMS = {
    "properties": {
        "deadlines": {
            "type": "object",
            "description": "organ kind → last day of publication in the following year, MM-DD",
            "additionalProperties": {"type": "string", "pattern": "^[01][0-9]-[0-3][0-9]$"},
        },
        "kinds": {
            "type": "object",
            "description": "organ kind → how messages name it, {zh, en}",
            "additionalProperties": {
                "type": "object",
                "required": ["zh", "en"],
                "properties": {"zh": {"type": "string"}, "en": {"type": "string"}},
            },
        },
    },
    "required": ["deadlines", "kinds"],
}


def prepare(params: dict, context: Context) -> dict[str, tuple[int, int, Localized]]:
    known = [*(k.kind for k in context.format.organ_kinds), context.format.default_organ_kind]
    deadlines = {}
    for kind, month_day in params["deadlines"].items():
        if kind not in known:
            raise ValueError(f"deadlines.{kind}: the format has no organ kind '{kind}' (it has {', '.join(known)})")
        month, day = map(int, re.split("-", month_day))
        try:
            dt.date(2024, month, day)
        except ValueError:
            raise ValueError(f"deadlines.{kind}: {month_day!r} is not a day of the year") from None
        if kind not in params["kinds"]:
            raise ValueError(f"kinds: no name for the organ kind '{kind}'")
        name = params["kinds"][kind]
        deadlines[kind] = (month, day, Localized.of(name))
    return deadlines


def check(model: ReportModel, config: dict) -> Iterator[Hit]:
    published, year = model.published, model.report_year
    if published is None or year is None or model.organ_kind not in config:
        return
    month, day, kind = config[model.organ_kind]
    deadline = dt.date(year + 1, month, day)
    if published.date > deadline:
        args = {"published": published.date.isoformat(), "deadline": deadline.isoformat(), "kind": kind}
        yield Hit(published.span or report_start(model), args)
