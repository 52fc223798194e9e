"""GK503: sections of this year's narrative copied from last year's report of the same
organ, sentence for sentence after folding (see ``linter.model.digest``)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby
from typing import TYPE_CHECKING

from linter.core.findings import Hit
from linter.rules.kinds.compare.passages import length, lines, runs, span

if TYPE_CHECKING:  # annotations only: a check of one report does without digests
    from linter.model.digest import Comparison

KIND = "copied-text"
STAGE = "compare"
LONGEST = 3  # copied passages shown, the longest first found
MESSAGES = {"default": ("section", "share", "copied", "total", "lines", "previous")}
PARAMS = {
    "properties": {
        "share": {"type": "number", "exclusiveMinimum": 0, "maximum": 1, "description": "copied share that fires"},
        "min_chars": {"type": "integer", "minimum": 1, "description": "copied characters a section needs to fire"},
    },
}


def check(subject: Comparison, config: dict) -> Iterator[Hit]:
    previous = subject.previous
    if previous is None:
        return
    last_year = {s.digest for s in previous.sentences}
    report = subject.report
    for number, group in groupby((s for s in report.sentences if s.section), key=lambda s: s.section):
        sentences = list(group)
        total = length(sentences)
        copied = length([s for s in sentences if s.digest in last_year])
        if not copied or copied < config.get("min_chars", 1) or copied / total < config["share"]:
            continue
        copied_runs = list(runs(sentences, lambda s: s.digest in last_year))
        longest = sorted(copied_runs, key=length, reverse=True)[:LONGEST]
        args = {
            "section": report.section_titles.get(number, str(number)),
            "share": f"{copied / total:.0%}",
            "copied": copied,
            "total": total,
            "lines": [lines(run) for run in sorted(longest, key=lambda run: run[0].spot.span)],
            "previous": previous.path,
        }
        yield Hit(span(longest[0]), args)
