"""GK103: 一、二、… or （一）（二）… skips, repeats or goes backwards."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from linter.core.findings import Hit
from linter.core.normalize import chinese_numeral
from linter.model.report import ReportModel
from linter.parse.nodes import Heading, Section

KIND = "numbering-sequence"
MESSAGES = {key: ("found", "expected", "previous") for key in ("default", "start", "repeat", "backwards")}


def check(model: ReportModel, config: dict) -> Iterator[Hit]:
    lost = {s.spec.number for s in model.sections if s.status != "found"}
    sections = {id(s.heading): s.spec.number for s in model.sections if s.status == "found"}

    def explained(heading: Heading, previous: int) -> bool:
        """A gap left by required sections already reported missing (GK101/GK110)."""
        return sections.get(id(heading)) == heading.number and all(
            n in lost for n in range(previous + 1, heading.number)
        )

    yield from _sequence(model.level1_headings, explained)
    for section in (model.document.preamble, *model.document.sections):
        yield from _level2(section)


def _level2(section: Section) -> Iterator[Hit]:
    yield from _sequence((s.heading for s in section.subsections), lambda heading, previous: False)


def _sequence(headings: Iterable[Heading], explained) -> Iterator[Hit]:
    previous = 0
    for heading in headings:
        if heading.number == 0:
            continue
        expected = previous + 1
        if heading.number != expected and not (heading.number > expected and explained(heading, previous)):
            if previous == 0:
                message = "start"
            elif heading.number == previous:
                message = "repeat"
            elif heading.number < previous:
                message = "backwards"
            else:
                message = "default"
            args = {
                "found": heading.marker,
                "expected": chinese_numeral(expected),
                "previous": chinese_numeral(previous),
            }
            yield Hit(heading.number_span, args, message=message)
        previous = heading.number
