"""A table whose rows a crawler ran together and whose cells it packed without separators.

``一、本年新收政府信息公开申请数量0000000二、上年结转…`` holds the table, but not which
figure is which cell: ``5100000`` may be 5 1 0 0 0 0 0 or 51 0 0 0 0 0. Such a table
is found (so it is not reported missing) and read as having no cells, with the reason
at its first packed label (GK202): none of its arithmetic is checked on a guessed split.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from linter.core.alternation import longest_first
from linter.core.findings import Localized
from linter.core.normalize import Compact, unspaced
from linter.format.tables import DisclosureDef, GridDef
from linter.model.tables.reading import Problem, TableReading
from linter.parse.nodes import Item, Paragraph

# After a label, figures packed on to it (or after cell rules ``|`` ``|---|``, when a whole table
# was run into one line): digits not counting something in a sentence.
_FIGURES = r"((?:\|[-:]*)*)\d[\d.]*(?![\d.]*[件条个项次人户家名份%万年月日号])"
_MIN_WORDS = 3  # distinct labels and headings of the table on one line: rows run together
_SHOWN = 24  # characters of the packed text quoted in the message


def read_packed(definition: GridDef | DisclosureDef, nodes: Iterable[object]) -> TableReading | None:
    """The table as packed into a line of text, with the problem said; None when no line
    of the paragraphs among ``nodes`` runs the table's labels and figures together."""
    words, pattern = _search(definition)
    for node in nodes:
        if not isinstance(node, Paragraph | Item):
            continue
        for fragment in node.fragments:
            text = unspaced(fragment.folded)  # Compact.of's text: where the figures are is needed only once found
            if (figures := pattern.search(text)) and len(found := _found(text, words)) >= _MIN_WORDS:
                compact = Compact.of((fragment,))
                return _reading(definition, compact, min(found), fragment.line, packed=not figures.group(1))
    return None


# A table definition's id → the definition (which keeps the id its own), its words and their
# pattern: made the first time a session reads the table, not for every report.
_SEARCHES: dict[int, tuple[GridDef | DisclosureDef, tuple[str, ...], re.Pattern[str]]] = {}


def _search(definition: GridDef | DisclosureDef) -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The table's words, and the pattern of a word with figures packed on to it."""
    if (known := _SEARCHES.get(id(definition))) is None or known[0] is not definition:
        words = _words(definition)
        known = _SEARCHES[id(definition)] = (
            definition,
            words,
            re.compile("(?:" + "|".join(map(re.escape, words)) + ")" + _FIGURES),
        )
    return known[1], known[2]


def _reading(
    definition: GridDef | DisclosureDef, compact: Compact, start: int, line: int, packed: bool
) -> TableReading:
    shown = compact.text[start : start + _SHOWN]
    if packed:
        what = Localized(
            f"第{line}行表格的各行连在一起，单元格之间没有分隔（“{shown}…”），分不清哪个数属于哪一格",
            f"line {line}: the table's rows run together and its cells are packed without separators "
            f"(“{shown}…”), so which figure belongs to which cell cannot be told",
        )
    else:
        what = Localized(
            f"第{line}行表格的各行连成了一行（“{shown}…”），分不清各行从哪里开始",
            f"line {line}: the table's rows run together into one line (“{shown}…”), so where each row starts cannot be told",
        )
    span = compact.span(start, start + len(shown))
    return TableReading(
        definition.name,
        definition.title,
        definition.caption,
        span,
        {},
        (Problem(span, what),),
        confident=False,
    )


def _words(definition: GridDef | DisclosureDef) -> tuple[str, ...]:
    """The table's row labels and headings, longest first (so that a regex takes the whole label)."""
    if isinstance(definition, GridDef):
        labels = [word for row in definition.rows.values() for word in (*row.keys, *row.exact)]
        labels += [column.short.zh for column in definition.columns.values() if column.short]
    else:
        labels = list(definition.row_labels)
    return longest_first({*labels, *definition.headings} - {""})


def _found(text: str, words: tuple[str, ...]) -> list[int]:
    """Where each of ``words`` that ``text`` holds first stands in it."""
    return [at for word in words if (at := text.find(word)) >= 0]
