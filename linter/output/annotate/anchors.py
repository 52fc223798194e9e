"""Where in a Word document a finding goes: its paragraph and the runs of its text, or
its table cell, found by walking the document as the reader did."""

from __future__ import annotations

from typing import Any, NamedTuple

from linter.core.spans import Span
from linter.readers.docx import Body, continues_merge, pieces, row_cells
from linter.readers.docx_numbering import W
from linter.readers.layout import clean
from linter.readers.source import Source

_R = W + "r"
_DELETED = frozenset({W + "del", W + "moveFrom"})


class Target(NamedTuple):
    """A finding's paragraph (with what Word shows before its own text: numbering, joined
    paragraphs) or cell; ``line``: the extracted line it is on."""

    element: Any  # a w:p or a w:tc
    prefix: str = ""
    line: str = ""


def target(body: Body, source: Source, lines: list[str], span: Span) -> Target | None:
    """The paragraph or cell ``span`` starts in (``source``: what the reader made of
    ``body``, and its ``lines``); None when it has no place in the body."""
    places = source.places
    index = span.line - 1
    if not 0 <= index < len(places):
        return None
    place = places[index]
    if place.paragraph:
        paragraph, prefix = body.paragraphs[place.paragraph - 1]
        return Target(paragraph, prefix, lines[index])
    if place.table:
        row = body.tables[place.table - 1][place.row - 1]
        column = lines[index][: max(span.column - 1, 0)].count("\t")
        number = place.cells[column] if column < len(place.cells) else 0
        cells = row_cells(row)
        shown = [c for c in cells[max(number - 1, 0) :] if not continues_merge(c)]
        return Target(shown[0] if shown else cells[0])
    return None


def own_offset(target: Target, column: int) -> int | None:
    """Where ``column`` of the target's line is in its paragraph's own text (without the
    numbering Word writes before it); None when it is not there."""
    full = target.prefix + "".join(text for text, _ in pieces(target.element))
    start = 0
    for segment in full.split("\n"):
        if clean(segment) == target.line:
            lead = len(segment) - len(segment.lstrip())
            offset = start + lead + column - 1 - len(target.prefix)
            return offset if offset >= 0 else None
        start += len(segment) + 1
    return None


def text_runs(paragraph: Any, start: int, end: int) -> list[Any]:
    """The runs holding the characters ``start``..``end`` (exclusive) of the paragraph's text."""
    runs: list[Any] = []
    offset = 0
    for text, element in pieces(paragraph):
        if offset < end and start < offset + len(text):
            run = element.getparent()
            if run.tag == _R and run not in runs:
                runs.append(run)
        offset += len(text)
    return runs


def shown_runs(element: Any) -> list[Any]:
    """The runs of a paragraph or cell that are not tracked deletions."""
    return [r for r in element.iter(_R) if not any(a.tag in _DELETED for a in r.iterancestors())]
