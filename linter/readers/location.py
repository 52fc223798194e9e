"""Where a finding is in the original Word, HTML or PDF file, in words users can follow.

Word: the part and opening words (``word_location``); ``段落 12`` / ``paragraph 12``
for a Word place given alone; ``表格 2 第 5 行 第 3 列`` / ``table 2, row 5,
column 3`` (any format; on a PDF page, tables are counted on that page), ``第 3 页
第 14 行`` / ``page 3, line 14`` (PDF: lines of text on the page outside tables),
``源码第 37 行`` / ``source line 37`` (HTML: the line of the HTML file). Plain text
has none: its line and column are the location.
"""

from __future__ import annotations

from linter.core.spans import Span
from linter.readers.source import Place, Source


def location(source: Source, span: Span, lang: str, lines: list[str] | None = None) -> str:
    """The location of ``span``'s start, or "" when the source's lines are the file's own;
    ``lines``: the source's lines, when the caller has split them already."""
    index = span.line - 1
    if not 0 <= index < len(source.places):
        return ""
    place = source.places[index]
    lines = lines or source.lines()
    column = lines[index][: max(span.column - 1, 0)].count("\t") + 1 if place.table else 0
    if source.encoding == "docx":
        from linter.readers.word_location import word_location  # imported here: only Word files need it

        return word_location(source.places, lines, index, column, lang)
    return describe(place, column, lang)


def source_line(source: Source, span: Span) -> int:
    """The line of the HTML file ``span`` starts on; 0 for other formats."""
    index = span.line - 1
    return source.places[index].source_line if 0 <= index < len(source.places) else 0


def describe(place: Place, column: int, lang: str) -> str:
    """``place`` in words; ``column`` is the table column when the place is a table row
    (0: the row as a whole)."""
    english = lang == "en"
    parts = []
    if place.page:
        parts.append(f"page {place.page}" if english else f"第 {place.page} 页")
    if place.paragraph:
        parts.append(f"paragraph {place.paragraph}" if english else f"段落 {place.paragraph}")
    if place.table:
        parts.append(f"table {place.table}, row {place.row}" if english else f"表格 {place.table} 第 {place.row} 行")
        if column:
            parts[-1] += f", column {column}" if english else f" 第 {column} 列"
    elif place.page_line:
        parts.append(f"line {place.page_line}" if english else f"第 {place.page_line} 行")
    text = ", ".join(parts) if english else " ".join(parts)
    if not place.source_line:
        return text
    where = f"source line {place.source_line}" if english else f"源码第 {place.source_line} 行"
    if not text:
        return where
    return f"{text} ({where})" if english else f"{text}（{where}）"
