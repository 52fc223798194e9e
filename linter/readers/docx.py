"""Word documents, .docx as Word and WPS save them (python-docx, the ``docx`` extra).

Body paragraphs become lines (a manual line break inside one starts a new line), with
their automatic numbering written out as Word shows it (``一、`` ``（一）`` ``1.``, from
the numbering definitions, directly or through the paragraph's style). Tables become
grid rows, merged cells (``gridSpan``, ``vMerge``) expanded; a table of one column
frames text and is read as paragraphs. Deleted revisions, field codes and text boxes
are left out. Positions: ``段落 N`` counts the body's paragraphs (empty ones too, not
those in tables); table rows are counted from the top of their table.

The file is a zip archive: its declared unpacked size is checked before anything is
unpacked, and python-docx parses its XML with entities unresolved and no network.
Old binary .doc and .wps files cannot be read; a .doc that is really a .docx or an
HTML page (as some sites serve "Word versions") is read as what it is.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..normalize import chinese_numeral
from ..source import Place, Source, Unreadable
from . import html
from .failures import damaged, missing_extra
from .layout import Cell, TextBuilder, expand_grid, join_wrapped

EXTRA = "xxgk-lint[docx]"
MAX_UNPACKED = 100 * 1024 * 1024  # a report with pictures unpacks to a few MB
MAX_MEMBERS = 5000

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc, .wps, and encrypted Office files

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
P, TBL, TR, TC, SDT, SDT_CONTENT, CUSTOM_XML = (_W + t for t in ("p", "tbl", "tr", "tc", "sdt", "sdtContent", "customXml"))
_T, _TAB, _PTAB, _BR, _CR, _HYPHEN = (_W + t for t in ("t", "tab", "ptab", "br", "cr", "noBreakHyphen"))
_VAL = _W + "val"
# Never shown as the paragraph's text: deletions, moved-away text, drawings and text boxes.
_NOT_TEXT = frozenset(
    [_W + t for t in ("del", "moveFrom", "drawing", "pict", "object", "txbxContent", "pPr", "rPr")] + [_MC + "AlternateContent"]
)
_CONTAINERS = frozenset({SDT, SDT_CONTENT, CUSTOM_XML})


def read(path: Path, data: bytes) -> Source | Unreadable:
    if missing := missing_extra(path, EXTRA, "docx"):
        return missing
    import docx

    problem = _archive_problem(data)
    if problem:
        return Unreadable(str(path), *problem)
    try:
        document = docx.Document(io.BytesIO(data))
        body = _Body(_Numbering(document.part.numbering_part.element, document.styles.element))
        body.blocks(document.element.body)
    except Exception as error:  # python-docx raises whatever a damaged package makes it meet
        return damaged(path, error)
    return body.builder.source(str(path), "docx")


def read_legacy(path: Path, data: bytes) -> Source | Unreadable:
    """A .doc or .wps file: read it if it is really a .docx or an HTML page."""
    if data.startswith(_ZIP_MAGIC):
        return read(path, data)
    start = data[:1024].lstrip().lower()
    if start.startswith(b"<") or b"<html" in start:
        return html.read(path, data)
    return Unreadable(str(path), "legacy-office", path.suffix.lower())


def _archive_problem(data: bytes) -> tuple[str, str] | None:
    """Why ``data`` is no zip archive fit to unpack, as (GK001 message, detail)."""
    if data.startswith(_OLE_MAGIC):
        return "legacy-office", ".doc"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as error:
        return "damaged", f"not a zip archive: {error}"
    unpacked = sum(member.file_size for member in members)
    if unpacked > MAX_UNPACKED or len(members) > MAX_MEMBERS:
        return "zip-bomb", f"{len(members)} files, {unpacked / 1048576:.0f} MB"
    return None


class _Body:
    """Walks the document body in order, writing lines and rows to ``builder``."""

    def __init__(self, numbering: _Numbering) -> None:
        self.numbering = numbering
        self.builder = TextBuilder()
        self.paragraphs = 0
        self.tables = 0

    def blocks(self, container: Any) -> None:
        for block in _blocks(container):
            if block.tag == P:
                self.paragraphs += 1
                for line in self._paragraph(block).split("\n"):
                    self.builder.line(line, Place(paragraph=self.paragraphs))
            elif _is_frame(block):
                for row in _rows(block):
                    for cell in _children(row, TC):
                        self.blocks(cell)
            else:
                self._table(block)

    def _paragraph(self, paragraph: Any) -> str:
        return self.numbering.label(paragraph) + _text(paragraph)

    def _table(self, table: Any) -> None:
        rows = list(_rows(table))
        grid = expand_grid([self._row(row) for row in rows])
        self.tables += 1
        for number, cells in enumerate(grid, 1):
            self.builder.row(cells, Place(table=self.tables, row=number))

    def _row(self, row: Any) -> list[Cell]:
        properties = row.find(_W + "trPr")
        cells: list[Cell] = [("", 1, _grid_value(properties, "gridBefore", 0))]
        for cell in _children(row, TC):
            cell_properties = cell.find(_W + "tcPr")
            merge = cell_properties.find(_W + "vMerge") if cell_properties is not None else None
            continued = merge is not None and merge.get(_VAL, "continue") == "continue"
            text = "" if continued else self._cell_text(cell)
            cells.append((text, 1, _grid_value(cell_properties, "gridSpan", 1)))
        cells.append(("", 1, _grid_value(properties, "gridAfter", 0)))
        return [cell for cell in cells if cell[2] > 0]

    def _cell_text(self, cell: Any) -> str:
        """A cell's paragraphs and their lines (and those of tables nested in it) on one line."""
        parts = []
        for block in _blocks(cell):
            if block.tag == P:
                parts.extend(self._paragraph(block).split("\n"))
            else:
                parts.extend(self._cell_text(inner) for row in _rows(block) for inner in _children(row, TC))
        return join_wrapped(parts)


def _blocks(container: Any) -> Iterator[Any]:
    """The paragraphs and tables of a body or cell, inside content controls too."""
    for child in container:
        if child.tag in (P, TBL):
            yield child
        elif child.tag in _CONTAINERS:
            yield from _blocks(child)


def _children(element: Any, tag: str) -> Iterator[Any]:
    """Children of ``element`` with ``tag``, inside content controls too."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in _CONTAINERS:
            yield from _children(child, tag)


def _rows(table: Any) -> Iterator[Any]:
    return _children(table, TR)


def _is_frame(table: Any) -> bool:
    """A table of one column: a frame around text rather than a table of data."""
    return all(sum(1 for _ in _children(row, TC)) <= 1 for row in _rows(table))


def _grid_value(properties: Any, name: str, default: int) -> int:
    element = properties.find(_W + name) if properties is not None else None
    return _int(element.get(_VAL) if element is not None else None, default)


def _int(value: str | None, default: int) -> int:
    try:
        return max(0, min(int(value), 1000)) if value is not None else default
    except ValueError:
        return default


def _text(paragraph: Any) -> str:
    """What Word shows of a paragraph; manual line breaks as ``\\n``, tabs as spaces."""
    parts: list[str] = []

    def walk(element: Any) -> None:
        for child in element:
            tag = child.tag
            if tag == _T:
                parts.append(child.text or "")
            elif tag in (_TAB, _PTAB):
                parts.append(" ")
            elif tag in (_BR, _CR):
                parts.append("\n")
            elif tag == _HYPHEN:
                parts.append("-")
            elif isinstance(tag, str) and tag not in _NOT_TEXT:
                walk(child)

    walk(paragraph)
    return "".join(parts)


# -- automatic numbering ---------------------------------------------------------------------------

_CHINESE = frozenset({"chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting", "koreanCounting"})
_LEGAL = str.maketrans("一二三四五六七八九十〇", "壹贰叁肆伍陆柒捌玖拾零")
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
_SUFFIXES = {"tab": " ", "space": " ", "nothing": ""}
_LEVELS = 9


class _Level:
    __slots__ = ("start", "format", "text", "suffix")

    def __init__(self, level: Any) -> None:
        self.start = _int(_value(level, "start"), 1)
        self.format = _value(level, "numFmt") or "decimal"
        self.text = _value(level, "lvlText") or ""
        self.suffix = _SUFFIXES.get(_value(level, "suff") or "tab", " ")


class _Numbering:
    """Word's list numbering, counted through the document as Word counts it: one
    counter per list (a ``w:num`` that restarts numbering is a list of its own), a
    level's counter restarting when a higher level moves on."""

    def __init__(self, numbering: Any, styles: Any) -> None:
        abstract = {a.get(_W + "abstractNumId"): a for a in numbering.iter(_W + "abstractNum")}
        self.lists: dict[str, tuple[str, dict[int, _Level], dict[int, int]]] = {}
        for num in numbering.iter(_W + "num"):
            num_id = num.get(_W + "numId")
            definition = abstract.get(_value(num, "abstractNumId"))
            if num_id is None or definition is None:
                continue
            levels = {_int(lvl.get(_W + "ilvl"), 0): _Level(lvl) for lvl in definition.iter(_W + "lvl")}
            overrides = {
                _int(o.get(_W + "ilvl"), 0): _int(_value(o, "startOverride"), 1)
                for o in num.iter(_W + "lvlOverride")
                if o.find(_W + "startOverride") is not None
            }
            self.lists[num_id] = ("num" + num_id if overrides else _value(num, "abstractNumId"), levels, overrides)
        self.style_numbering = _style_numbering(styles)
        self.counters: dict[str, list[int | None]] = {}

    def label(self, paragraph: Any) -> str:
        """The number Word shows before ``paragraph`` (``一、`` ``（二）`` …), or ""."""
        num_id, level = self._numbering_of(paragraph)
        if num_id not in self.lists or level >= _LEVELS:
            return ""
        key, levels, overrides = self.lists[num_id]
        if level not in levels:
            return ""
        counters = self.counters.setdefault(key, [None] * _LEVELS)
        current = counters[level]
        counters[level] = overrides.get(level, levels[level].start) if current is None else current + 1
        counters[level + 1 :] = [None] * (_LEVELS - level - 1)
        text = levels[level].text
        for shown in range(level + 1):
            if shown in levels:
                value = counters[shown] if counters[shown] is not None else levels[shown].start
                text = text.replace(f"%{shown + 1}", _format(value, levels[shown].format))
        text = "".join(c for c in text if not 0xE000 <= ord(c) <= 0xF8FF)  # symbol-font bullets
        return text + levels[level].suffix if text.strip() else ""

    def _numbering_of(self, paragraph: Any) -> tuple[str | None, int]:
        properties = paragraph.find(_W + "pPr")
        if properties is None:
            return None, 0
        numbering = properties.find(_W + "numPr")
        style = _value(properties, "pStyle")
        from_style = self.style_numbering.get(style or "", (None, 0))
        if numbering is None:
            return from_style
        num_id = _value(numbering, "numId") or from_style[0]
        level = _int(_value(numbering, "ilvl"), from_style[1])
        return (None if num_id == "0" else num_id), level


def _style_numbering(styles: Any) -> dict[str, tuple[str | None, int]]:
    """Style id → (numId, level) of the numbering it gives its paragraphs, through ``basedOn``."""
    own: dict[str, tuple[str | None, int] | None] = {}
    based_on: dict[str, str] = {}
    for style in styles.iter(_W + "style"):
        style_id = style.get(_W + "styleId") or ""
        numbering = style.find(f"{_W}pPr/{_W}numPr")
        own[style_id] = (_value(numbering, "numId"), _int(_value(numbering, "ilvl"), 0)) if numbering is not None else None
        if parent := _value(style, "basedOn"):
            based_on[style_id] = parent
    resolved = {}
    for style_id in own:
        seen, current = set(), style_id
        while current and own.get(current) is None and current not in seen:
            seen.add(current)
            current = based_on.get(current, "")
        found = own.get(current) if current else None
        if found and found[0] not in (None, "0"):
            resolved[style_id] = found
    return resolved


def _value(element: Any, name: str) -> str | None:
    child = element.find(_W + name) if element is not None else None
    return child.get(_VAL) if child is not None else None


def _format(value: int, number_format: str) -> str:
    """A counter in a Word number format (the ones Chinese reports use, and the common rest)."""
    if number_format in _CHINESE and 0 <= value < 100:
        return chinese_numeral(value)
    if number_format == "chineseLegalSimplified" and 0 <= value < 100:
        return chinese_numeral(value).translate(_LEGAL)
    if number_format == "ideographTraditional" and value > 0:
        return _STEMS[(value - 1) % 10]
    if number_format in ("ideographDigital", "taiwaneseDigital"):
        return "".join("〇一二三四五六七八九"[int(d)] for d in str(value))
    if number_format in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= value <= 20:
        return chr(0x245F + value)
    if number_format == "decimalEnclosedParen" and 1 <= value <= 20:
        return chr(0x2473 + value)
    if number_format == "decimalEnclosedFullstop" and 1 <= value <= 20:
        return chr(0x2487 + value)
    if number_format.startswith("decimalFullWidth"):
        return "".join(chr(0xFF10 + int(d)) for d in str(value))
    if number_format in ("lowerLetter", "upperLetter") and value > 0:
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter if number_format == "lowerLetter" else letter.upper()
    if number_format in ("lowerRoman", "upperRoman") and value > 0:
        roman = _roman(value)
        return roman if number_format == "lowerRoman" else roman.upper()
    if number_format == "decimalZero":
        return f"{value:02d}"
    if number_format in ("none", "bullet"):
        return ""
    return str(value)


def _roman(value: int) -> str:
    digits = []
    for amount, numeral in _ROMAN:
        count, value = divmod(value, amount)
        digits.append(numeral * count)
    return "".join(digits)
