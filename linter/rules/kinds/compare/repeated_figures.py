"""GK506: a table whose figures are all the same as in last year's report of the same
organ, where enough of them are not zero for that to be no coincidence."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from linter.core.findings import Hit
from linter.model.tables import NAMES, NAMES_SCHEMA

if TYPE_CHECKING:  # annotations only: a check of one report does without digests
    from linter.model.digest import Comparison

KIND = "repeated-figures"
STAGE = "compare"
MESSAGES = {"default": ("table", "count", "previous")}
PARAMS = {
    "properties": {
        "tables": NAMES_SCHEMA,
        "min_nonzero": {"type": "integer", "minimum": 1, "description": "figures that must not be 0"},
    },
}


def check(subject: Comparison, config: dict) -> Iterator[Hit]:
    if subject.previous is None:
        return
    for name in config.get("tables", NAMES):
        this = subject.report.tables.get(name)
        last = subject.previous.tables.get(name)
        if this is None or last is None or not (this.confident and last.confident) or this.version != last.version:
            continue
        nonzero = sum(1 for value in this.values.values() if value)
        if this.values == last.values and nonzero >= config.get("min_nonzero", 1):
            yield Hit(
                this.span.span, {"table": this.title, "count": len(this.values), "previous": subject.previous.path}
            )
