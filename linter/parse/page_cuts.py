"""Level-2 headings on a crawler's one-line page, found by their sequence.

When a crawler flattens a page, a ``（三）`` heading may follow anything: a title without
a full stop (``…发送给申请人（三）完善公开制度``), a page footer, a table's last cell.
On such a line (one holding two or more section headings), a ``（N）`` is taken for a
heading where it is the next number of its section's sequence (``（一）`` right after
the section heading, then ``（二）`` …): an enumeration inside a paragraph rarely fits
the sequence, and ``第（一）项`` and a table's row labels (``（一）予以公开``) never count.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from linter.core.normalize import chinese_numeral_value, unspaced
from linter.parse.numbering import NUMERAL

BRACKETED = re.compile(rf"\(\s*({NUMERAL})\s*\)")  # a ``（N）`` anywhere
_STOPS = frozenset("。；;!?:")
_ITEM_WORD = frozenset("项款目条")
_MIN_SECTIONS = 2
_HEAD = 16  # characters after the numeral looked at for a table label


def after_stop(folded: str, at: int) -> bool:
    """Whether the ``（N）`` at ``at`` follows a sentence's end (spaces between or not) or a
    figure and a space (a table's last cell): a heading whatever its number."""
    before = at
    while before > 0 and folded[before - 1].isspace():
        before -= 1
    if not before:
        return False
    char = folded[before - 1]
    return char in _STOPS or (before < at and char.isdecimal())


def sequenced_h2_cuts(
    folded: str,
    sections: Iterable[int],
    brackets: list[re.Match[str]],
    sure: set[int],
    is_table_label: Callable[[str], bool],
) -> set[int]:
    """Where level-2 headings start on ``folded``, a flattened page: ``sections`` are where
    its section headings start, ``brackets`` its ``（N）`` (``BRACKETED``), ``sure`` where
    one follows a full stop (``after_stop``)."""
    starts = sorted(sections)
    if len(starts) < _MIN_SECTIONS:
        return set()
    events = sorted([(at, 0, None) for at in starts] + [(m.start(), 1, m) for m in brackets])
    cuts: set[int] = set()
    previous = 0
    for at, is_bracket, match in events:
        if not is_bracket:
            previous = 0
            continue
        number = chinese_numeral_value(match.group(1)) or 0
        if at in sure or (number == previous + 1 and _may_head(folded, match, is_table_label)):
            cuts.add(at)
            previous = number
    return cuts


def _may_head(folded: str, match: re.Match[str], is_table_label: Callable[[str], bool]) -> bool:
    """Not ``第（一）项``, nor a row label of the application table."""
    if folded[match.start() - 1 : match.start()] == "第" or folded[match.end() : match.end() + 1] in _ITEM_WORD:
        return False
    return not is_table_label(unspaced(folded[match.end() : match.end() + _HEAD]))
