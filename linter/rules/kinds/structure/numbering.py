"""GK103: 一、二、… or （一）（二）… skips, repeats or goes backwards."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from linter.core.findings import Hit
from linter.core.normalize import chinese_numeral, chinese_numeral_value, squeeze
from linter.model.report import ReportModel
from linter.model.sections import node_fragments
from linter.parse.nodes import Heading, Section, Table

KIND = "numbering-sequence"
_RUN_ON_H1 = re.compile(r"(?:^|(?<=[。!?\d)）”元件个条项次户%]))([一二三四五六七八九十]{1,3})[、.]")
_LABEL_HEAD = 16  # characters after a number looked at for a table's row label
MESSAGES = {key: ("found", "expected", "previous") for key in ("default", "start", "repeat", "backwards")}


def check(model: ReportModel, config: dict) -> Iterator[Hit]:
    lost = {s.spec.number for s in model.sections if s.status != "found"}
    sections = {id(s.heading): s.spec.number for s in model.sections if s.status == "found"}

    before = {
        id(later.heading): earlier for earlier, later in zip(model.document.sections, model.document.sections[1:])
    }

    def explained(heading: Heading, previous: int) -> bool:
        """A gap left by required sections already reported missing (GK101/GK110), or
        by numbered sections whose headings run on in the text before (a crawler's page
        glues ``五、信息处理费收取情况`` to the sentence before it: 五 is there)."""
        gap = range(previous + 1, heading.number)
        if sections.get(id(heading)) == heading.number and all(n in lost for n in gap):
            return True
        earlier = before.get(id(heading))
        if earlier is None:
            return False
        numbered = _numbered_in(earlier, model.spec.is_table_label)
        return all(n in numbered for n in gap)

    yield from _sequence(model.level1_headings, explained)
    for section in (model.document.preamble, *model.document.sections):
        yield from _level2(section)


def _numbered_in(section: Section, is_table_label: Callable[[str], bool]) -> set[int]:
    """The numbers ``N、`` that stand in the section's running text after a sentence or a
    figure, and do not number a row of a table run into the text (``四、结转下年度…``)."""
    text = squeeze(
        "".join(f.folded for node in section.walk() if not isinstance(node, Table) for f in node_fragments(node))
    )
    return {
        chinese_numeral_value(match.group(1)) or 0
        for match in _RUN_ON_H1.finditer(text)
        if not is_table_label(text[match.end() : match.end() + _LABEL_HEAD])
    }


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
