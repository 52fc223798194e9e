"""Passes over the whole document's pieces, after each line was classified on its own:
what a line is can depend on the lines around it."""

from __future__ import annotations

import re

from linter.core.normalize import squeeze
from linter.core.spans import Span
from linter.format.spec import FormatSpec
from linter.parse import rows
from linter.parse.numbering import H1, heading
from linter.parse.pieces import Piece

_TITLEISH = re.compile(r"\d{4}年|[〇零一二三四五六七八九]{4}年|政府信息公开|政务公开")
_ORGAN_END = (
    "政府",
    "局",
    "委",
    "办",
    "厅",
    "院",
    "会",
    "中心",
    "所",
    "处",
    "室",
    "站",
    "街道",
    "镇",
    "乡",
    "县",
    "区",
    "市",
    "省",
    "旗",
    "州",
    "盟",
)

_COUNTED = frozenset("年月日号时件个条项次人户家名份余多万元%")  # what follows a figure in a sentence

MAX_TITLE_LINE = 40
TITLE_SEARCH_LINES = 8
TABLE_ZONE_LINES = 10
TABLE_ZONE_BEFORE = 3


def settle_word_rows(pieces: list[Piece]) -> None:
    """Words and figures are a row (``行政许可 12``) unless the next line goes on with what
    the figure counts: then they are a sentence broken off (``统计期限为 2025`` / ``年1月1日…``)."""
    content = [p for p in pieces if p.kind != "ARTIFACT"]
    for index, piece in enumerate(content):
        if piece.kind != "ROW?":
            continue
        after = content[index + 1] if index + 1 < len(content) else None
        if after is not None and after.folded[0] in _COUNTED and after.kind in ("TEXT", "ROW?"):
            reading = piece.reading
            piece.as_text()
            piece.reading = reading
        else:
            piece.as_row(piece.payload)


def join_split_headings(pieces: list[Piece], spec: FormatSpec) -> None:
    """``三、`` alone with its title on the next line is one heading; otherwise text."""
    for index, piece in enumerate(pieces):
        if piece.kind != "H1?":
            continue
        after = pieces[index + 1] if index + 1 < len(pieces) else None
        if after is None or after.kind != "TEXT" or spec.best_section(after.text)[0] is None:
            piece.as_text()
            continue
        number = H1.match(piece.folded)
        title = after.fragment()
        piece.kind = "H1"
        piece.payload = heading(piece, 1, number, title, Span.cover(piece.fragment().span, title.span))
        after.kind = "JOINED"


def mark_title(pieces: list[Piece]) -> None:
    """The report title: the first lines up to one naming 报告, before any heading."""
    content: list[Piece] = []
    for piece in pieces:
        if piece.kind in ("H1", "H2") or len(content) == TITLE_SEARCH_LINES:
            break
        if piece.kind != "ARTIFACT":
            content.append(piece)
    start = next((i for i, p in enumerate(content) if p.kind == "TEXT" and _titleish(p.text)), None)
    if start is None:
        return
    for end in range(start, min(start + 3, len(content))):
        line = content[end]
        if line.kind != "TEXT" or len(squeeze(line.text)) > MAX_TITLE_LINE:
            return
        if "报告" in line.text or "年报" in line.text:
            for front in content[:start]:
                front.as_text("FRONT")
            for title in content[start : end + 1]:
                title.kind = "TITLE"
            return


def demote_table_debris(pieces: list[Piece], spec: FormatSpec) -> None:
    """Numbered debris between table rows: an unknown ``三、…`` is text, ``（四）无…`` a row."""
    for index, piece in enumerate(pieces):
        if piece.kind not in ("H1", "H2") or not _in_table_zone(pieces, index):
            continue
        if piece.kind == "H1" and spec.best_section(piece.payload.title)[0] is None:
            piece.as_text()
        elif piece.kind == "H2" and spec.may_be_table_label(squeeze(piece.payload.title)):
            piece.as_row(rows.label_row(piece))


def _in_table_zone(pieces: list[Piece], index: int) -> bool:
    """Whether table rows come shortly before and after ``pieces[index]``
    (labels split over lines leave a few lines of text between rows)."""
    before = [p for p in pieces[max(0, index - TABLE_ZONE_LINES) : index] if p.kind != "ARTIFACT"]
    after = pieces[index + 1 : index + 1 + TABLE_ZONE_LINES]
    return any(p.kind == "TABLE_ROW" for p in before[-TABLE_ZONE_BEFORE:]) and any(p.kind == "TABLE_ROW" for p in after)


def _titleish(text: str) -> bool:
    squeezed = squeeze(text)
    return bool(_TITLEISH.search(squeezed)) or squeezed.endswith(_ORGAN_END)
