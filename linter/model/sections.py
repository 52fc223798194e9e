"""Which headings are the six required sections (by wording, not by number), and what
each section holds."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cached_property
from typing import Literal

from linter.core.normalize import Compact, squeeze
from linter.core.record import Record
from linter.core.spans import Fragment
from linter.format.spec import FormatSpec, SectionSpec
from linter.parse.nodes import Block, Document, Heading, Item, Paragraph, Table

Node = Heading | Block
Status = Literal["found", "inferred", "missing"]
Starts = Mapping[int, tuple[Status, Heading, float]]  # section number → where it begins


class SectionMatch(Record):
    """One of the six required sections as found in this report."""

    spec: SectionSpec
    status: Status
    heading: Heading | None  # level 1 when found; the level-2 heading it was inferred from
    score: float
    nodes: tuple[Node, ...] = ()  # its content in document order, heading excluded

    @property
    def present(self) -> bool:
        return self.status != "missing"

    @cached_property
    def text(self) -> Compact:
        return Compact.of(fragment for node in self.nodes for fragment in node_fragments(node))


def node_fragments(node: Node) -> Iterator[Fragment]:
    if isinstance(node, Heading):
        yield from node.title_fragments
    elif isinstance(node, Paragraph | Item):
        yield from node.fragments
    elif isinstance(node, Table):
        for row in node.rows:
            yield from (cell for cell in row.cells if cell.text)


def match_sections(document: Document, spec: FormatSpec, nodes: tuple[Node, ...]) -> tuple[SectionMatch, ...]:
    """Assign level-1 headings to required sections, best matches first, one each."""
    headings = [s.heading for s in document.sections]
    titles = [squeeze(heading.title) for heading in headings]
    candidates = sorted(
        (
            (-score, position, spec_.number, heading)
            for position, heading in enumerate(headings)
            for spec_ in spec.sections
            if (score := spec_.score(titles[position])) >= spec.match_threshold
        ),
        key=lambda c: c[:3],
    )
    chosen: dict[int, tuple[Heading, float]] = {}
    used: set[int] = set()
    for negative_score, position, number, heading in candidates:
        if number not in chosen and position not in used:
            chosen[number] = (heading, -negative_score)
            used.add(position)
    starts: dict[int, tuple[Status, Heading, float]] = {n: ("found", h, s) for n, (h, s) in chosen.items()}
    index = {id(node): i for i, node in enumerate(nodes)}
    for section in spec.sections:
        if section.number not in starts and section.inferred_from:
            inferred = _infer(section, starts, nodes, index)
            if inferred is not None:
                starts[section.number] = ("inferred", inferred, 0.0)
    return _with_extents(spec, starts, nodes, index)


def _infer(section: SectionSpec, starts: Starts, nodes: tuple[Node, ...], index: Mapping[int, int]) -> Heading | None:
    """A level-2 heading naming the section, between its neighbours: its lost heading's place."""
    before = [index[id(h)] for n, (_, h, _) in starts.items() if n < section.number]
    after = [index[id(h)] for n, (_, h, _) in starts.items() if n > section.number]
    low = max(before, default=-1)
    high = min(after, default=len(nodes))
    for node in nodes[low + 1 : high]:
        if isinstance(node, Heading) and node.level == 2:
            if any(word in squeeze(node.title) for word in section.inferred_from):
                return node
    return None


def _with_extents(
    spec: FormatSpec, starts: Starts, nodes: tuple[Node, ...], index: Mapping[int, int]
) -> tuple[SectionMatch, ...]:
    bounds = sorted(index[id(heading)] for _, heading, _ in starts.values())
    matches = []
    for section in spec.sections:
        if section.number not in starts:
            matches.append(SectionMatch(section, "missing", None, 0.0))
            continue
        status, heading, score = starts[section.number]
        begin = index[id(heading)]
        end = next((b for b in bounds if b > begin), len(nodes))
        matches.append(SectionMatch(section, status, heading, score, nodes[begin + 1 : end]))
    return tuple(matches)
