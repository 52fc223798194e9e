"""GK505: long passages identical (after folding) to another organ's report of the same run."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from linter.core.findings import Hit
from linter.rules.kinds.compare.passages import length, lines, runs, span

if TYPE_CHECKING:  # annotations only: a check of one report does without digests
    from linter.model.digest import Comparison

KIND = "shared-text"
STAGE = "compare"
MESSAGES = {"default": ("chars", "lines", "other")}
PARAMS = {
    "properties": {
        "min_chars": {"type": "integer", "minimum": 1, "description": "folded characters a shared passage needs"},
    },
}


def check(subject: Comparison, config: dict) -> Iterator[Hit]:
    report = subject.report
    if not report.local_key:
        return  # whose report it is is not known: no telling another organ's from its own
    index = subject.passages
    for run in runs(report.sentences, lambda s: index.other(s, report.local_key) is not None):
        if length(run) >= config["min_chars"]:
            other = index.other(run[0], report.local_key)
            yield Hit(span(run), {"chars": length(run), "lines": lines(run), "other": other})
