"""Runs of consecutive sentences that something holds for: the passages GK503 and GK505 show."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from linter.core.spans import Span

if TYPE_CHECKING:  # annotations only: a check of one report does without digests
    from linter.model.digest_parts import Sentence


def runs(sentences: Iterable[Sentence], wanted: Callable[[Sentence], bool]) -> Iterator[list[Sentence]]:
    """Each maximal run of consecutive sentences of one section that ``wanted`` accepts."""
    run: list[Sentence] = []
    for sentence in sentences:
        if wanted(sentence) and (not run or run[-1].section == sentence.section):
            run.append(sentence)
            continue
        if run:
            yield run
        run = [sentence] if wanted(sentence) else []
    if run:
        yield run


def length(run: list[Sentence]) -> int:
    return sum(s.length for s in run)


def span(run: list[Sentence]) -> Span:
    return Span.cover(run[0].spot.span, run[-1].spot.span)


def lines(run: list[Sentence]) -> str:
    """``12–15``: the lines a passage covers."""
    first, last = run[0].spot.span.line, run[-1].spot.span.end_line
    return str(first) if first == last else f"{first}–{last}"
