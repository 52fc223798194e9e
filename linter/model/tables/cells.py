"""Lines of a section as table material: the readings its AST nodes carry (see
``linter.parse.lines``), in document order. Nothing here reads a line again."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from linter.parse.lines import Line
from linter.parse.nodes import Item, Paragraph, Table


def lines_of(nodes: Iterable[object]) -> Iterator[Line]:
    """The reading of every line of table rows, paragraphs and items, in document order."""
    for node in nodes:
        if isinstance(node, Table):
            for row in node.rows:
                yield row.reading
        elif isinstance(node, Paragraph | Item):
            yield from node.lines
