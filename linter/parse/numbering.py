"""The numbering of headings and items (``一、`` ``（一）`` ``1.`` ``（1）`` ``①``), and the
heading node a numbered piece makes."""

from __future__ import annotations

import re
from functools import partial

from linter.core.normalize import chinese_numeral_value
from linter.core.spans import Fragment, Span
from linter.core.width import fold
from linter.parse.nodes import Heading
from linter.parse.pieces import Piece

NUMERAL = "[一二三四五六七八九十]{1,3}"
H1 = re.compile(rf"({NUMERAL})\s*[、,.]\s*")
H2 = re.compile(rf"\(\s*({NUMERAL})\s*\)\s*[、.]?\s*")
ITEM = re.compile(r"\d{1,2}\s*[.、](?!\d)|\(\d{1,2}\)|[\u2460-\u2473]")
_new_heading = partial(tuple.__new__, Heading)  # from its fields, in their order


def item_label(text: str) -> str:
    """The numbering of an item line: ``1.`` ``2、`` ``（3）`` ``④``."""
    match = ITEM.match(fold(text))
    return text[: match.end()] if match else ""


def heading(piece: Piece, level: int, number: re.Match[str], title: Fragment, span: Span) -> Heading:
    marks = piece.text[: number.end()]
    if level == 1:
        brackets = "none"
    elif "（" in marks and "）" in marks:
        brackets = "full"
    elif "(" in marks and ")" in marks:
        brackets = "half"
    else:
        brackets = "mixed"
    numeral = number.group(1)
    marker = piece.fragment(0, number.end())
    number_value = chinese_numeral_value(numeral) or 0
    title_fragments = (title,) if title.text else ()
    return _new_heading(
        (level, numeral, number_value, brackets, marker.text, marker.span, title.text, title_fragments, span)
    )
