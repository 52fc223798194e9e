"""Where a finding is in a Word document, in words a clerk can find without paragraph
numbers: the part of the report (by the heading number the text shows) and the opening
words of the paragraph, ``第三部分 “本年度共收到…”``; in a table, the table named after
its part, the row by its number and first cell, the cell by its number along the row as
Word counts cells (merged cells once) and its column heading:
``表三 第 5 行 “二、上年结转…” 第 3 列 “商业企业”``."""

from __future__ import annotations

import re

from linter.readers.source import Place

OPENING = 10  # characters of a paragraph or cell quoted
_PART = re.compile(r"^([一二三四五六七八九十]{1,3})、")
_CHINESE = "一二三四五六七八九十"
_NUMBER = re.compile(r"^[\d\s.,，%-]*$")


def word_location(places: tuple[Place, ...], lines: list[str], index: int, column: int, lang: str) -> str:
    """The location of line ``index``'s text at tab-counted ``column`` (1-based)."""
    place = places[index]
    english = lang == "en"
    part = _part(places, lines, index)
    if english and part:
        part = str(_CHINESE.index(part) + 1) if part in _CHINESE else part
    if not place.table:
        words = _quoted(lines[index])
        where = (f"section {part}" if english else f"第{part}部分") if part else ""
        return ", ".join(filter(None, (where, words))) if english else " ".join(filter(None, (where, words)))
    cells = lines[index].split("\t")
    if part:
        table = f"table of section {part}" if english else f"表{part}"
    else:
        table = f"table {place.table}" if english else f"表格 {place.table}"
    label = _quoted(next((c for c in cells if c), ""))
    text = f"{table}, row {place.row} {label}" if english else f"{table} 第 {place.row} 行 {label}"
    number = place.cells[column - 1] if 0 < column <= len(place.cells) else 0
    if number <= 1:
        return text.rstrip()
    heading = _quoted(_heading(places, lines, index, column - 1))
    return f"{text}, cell {number} {heading}".rstrip() if english else f"{text} 第 {number} 列 {heading}".rstrip()


def _quoted(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    return f"“{text[:OPENING]}…”" if len(text) > OPENING else f"“{text}”"


def _part(places: tuple[Place, ...], lines: list[str], index: int) -> str:
    """The number of the part (一 … 六) whose heading is the nearest before line ``index``."""
    for before in range(index, -1, -1):
        if not places[before].table and (match := _PART.match(lines[before])):
            return match.group(1)
    return ""


def _heading(places: tuple[Place, ...], lines: list[str], index: int, grid_column: int) -> str:
    """The nearest text above in the same table and grid column that is not a number."""
    table = places[index].table
    for above in range(index - 1, -1, -1):
        if places[above].table != table:
            return ""
        cells = lines[above].split("\t")
        text = cells[grid_column] if grid_column < len(cells) else ""
        if text and not _NUMBER.match(text):
            return text
    return ""
