"""GK102: required sections out of the mandated order."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from ..findings import Hit
from ..model import ReportModel, SectionMatch

KIND = "section-order"


def check(model: ReportModel, config: dict) -> Iterator[Hit]:
    present = sorted((s for s in model.sections if s.present), key=lambda s: (s.heading.span.line, s.heading.span.column))
    keep = _longest_increasing(present)
    for position, section in enumerate(present):
        if position in keep:
            continue
        before = max((s for s in present[:position] if s.spec.number > section.spec.number), key=lambda s: s.spec.number)
        args = {
            "numeral": section.spec.numeral,
            "title": section.spec.title,
            "after_numeral": before.spec.numeral,
            "after_title": before.spec.title,
        }
        yield Hit(section.heading.span, args)


def _longest_increasing(sections: list[SectionMatch]) -> set[int]:
    """Positions of a longest run of sections already in order; the others moved."""
    tails: list[int] = []  # section number ending an increasing run of each length
    tail_at: list[int] = []  # position of that section
    parent: list[int | None] = []
    for position, section in enumerate(sections):
        length = bisect_left(tails, section.spec.number)
        if length == len(tails):
            tails.append(section.spec.number)
            tail_at.append(position)
        else:
            tails[length], tail_at[length] = section.spec.number, position
        parent.append(tail_at[length - 1] if length else None)
    keep: set[int] = set()
    position = tail_at[-1] if tail_at else None
    while position is not None:
        keep.add(position)
        position = parent[position]
    return keep
