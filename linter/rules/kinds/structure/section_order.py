"""GK102: required sections out of the mandated order."""

from __future__ import annotations

from collections.abc import Iterator

from linter.core.findings import Hit
from linter.model.report import ReportModel
from linter.model.sections import SectionMatch

KIND = "section-order"
MESSAGES = {key: ("numeral", "title", "other_numeral", "other_title") for key in ("default", "before")}


def check(model: ReportModel, config: dict) -> Iterator[Hit]:
    present = sorted(
        (s for s in model.sections if s.present), key=lambda s: (s.heading.span.line, s.heading.span.column)
    )
    keep = _in_order(present)
    for position, section in enumerate(present):
        if position in keep:
            continue
        higher_before = [s for s in present[:position] if s.spec.number > section.spec.number]
        if higher_before:
            other, message = max(higher_before, key=lambda s: s.spec.number), "default"
        else:
            other = min(
                (s for s in present[position + 1 :] if s.spec.number < section.spec.number), key=lambda s: s.spec.number
            )
            message = "before"
        args = {
            "numeral": section.spec.numeral,
            "title": section.spec.title,
            "other_numeral": other.spec.numeral,
            "other_title": other.spec.title,
        }
        yield Hit(section.heading.span, args, message=message)


def _in_order(sections: list[SectionMatch]) -> set[int]:
    """Positions of a longest run of sections already in order, keeping earlier ones on a tie:
    the others are the ones that moved."""
    numbers = [s.spec.number for s in sections]
    longest_from = [1] * len(numbers)
    for i in reversed(range(len(numbers))):
        longest_from[i] = 1 + max(
            (longest_from[j] for j in range(i + 1, len(numbers)) if numbers[j] > numbers[i]), default=0
        )
    keep, last, need = set(), 0, max(longest_from, default=0)
    for i, number in enumerate(numbers):
        if number > last and longest_from[i] == need:
            keep.add(i)
            last, need = number, need - 1
    return keep
