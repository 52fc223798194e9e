"""Word's automatic list numbering, written out as Word shows it: ``一、`` ``（一）`` ``1.``.

Headings in Word reports are often numbered by Word, not typed: the text of the
paragraph is only ``总体情况``. The number comes from the numbering definitions
(``numbering.xml``), given to the paragraph directly or through its style, and from
counting the list's paragraphs through the document.
"""

from __future__ import annotations

from typing import Any

from linter.core.normalize import chinese_numeral

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
VAL = W + "val"

_CHINESE = frozenset(
    {
        "chineseCounting",
        "chineseCountingThousand",
        "japaneseCounting",
        "taiwaneseCounting",
        "taiwaneseCountingThousand",  # what LibreOffice writes for 一、 in a .doc it converts
        "koreanCounting",
    }
)
_LEGAL = str.maketrans("一二三四五六七八九十〇", "壹贰叁肆伍陆柒捌玖拾零")
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)
_SUFFIXES = {"tab": " ", "space": " ", "nothing": ""}
_LEVELS = 9
MAX_LABEL = 64  # characters: Word's labels are a few (第%1章); thousands are damage, not numbering


class NumberingDamaged(ValueError):
    """A level's label text is longer than any numbering Word writes."""


def integer(value: str | None, default: int) -> int:
    """An integer attribute of Word's XML, kept within 0…1000; ``default`` when absent or not one."""
    try:
        return max(0, min(int(value), 1000)) if value is not None else default
    except ValueError:
        return default


class _Level:
    __slots__ = ("start", "format", "text", "suffix")

    def __init__(self, level: Any) -> None:
        self.start = integer(_value(level, "start"), 1)
        self.format = _value(level, "numFmt") or "decimal"
        self.text = _value(level, "lvlText") or ""
        self.suffix = _SUFFIXES.get(_value(level, "suff") or "tab", " ")


class Numbering:
    """Word's list numbering, counted through the document as Word counts it: one
    counter per list (a ``w:num`` that restarts numbering is a list of its own), a
    level's counter restarting when a higher level moves on."""

    def __init__(self, numbering: Any | None, styles: Any) -> None:
        """``numbering`` is the numbering part's XML; None for a document without lists."""
        definitions = numbering.iter if numbering is not None else lambda tag: iter(())
        abstract = {a.get(W + "abstractNumId"): a for a in definitions(W + "abstractNum")}
        self.lists: dict[str, tuple[str, dict[int, _Level], dict[int, int]]] = {}
        for num in definitions(W + "num"):
            num_id = num.get(W + "numId")
            definition = abstract.get(_value(num, "abstractNumId"))
            if num_id is None or definition is None:
                continue
            levels = {integer(lvl.get(W + "ilvl"), 0): _Level(lvl) for lvl in definition.iter(W + "lvl")}
            overrides = {
                integer(o.get(W + "ilvl"), 0): integer(_value(o, "startOverride"), 1)
                for o in num.iter(W + "lvlOverride")
                if o.find(W + "startOverride") is not None
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
        if len(text) > MAX_LABEL:
            raise NumberingDamaged(f"a list label of {len(text)} characters (numbering level {level} of list {num_id})")
        for shown in range(level + 1):
            if shown in levels:
                value = counters[shown] if counters[shown] is not None else levels[shown].start
                text = text.replace(f"%{shown + 1}", number_format(value, levels[shown].format))
        text = "".join(c for c in text if not 0xE000 <= ord(c) <= 0xF8FF)  # symbol-font bullets
        return text + levels[level].suffix if text.strip() else ""

    def _numbering_of(self, paragraph: Any) -> tuple[str | None, int]:
        properties = paragraph.find(W + "pPr")
        if properties is None:
            return None, 0
        numbering = properties.find(W + "numPr")
        style = _value(properties, "pStyle")
        from_style = self.style_numbering.get(style or "", (None, 0))
        if numbering is None:
            return from_style
        num_id = _value(numbering, "numId") or from_style[0]
        level = integer(_value(numbering, "ilvl"), from_style[1])
        return (None if num_id == "0" else num_id), level


def _style_numbering(styles: Any) -> dict[str, tuple[str | None, int]]:
    """Style id → (numId, level) of the numbering it gives its paragraphs, through ``basedOn``."""
    own: dict[str, tuple[str | None, int] | None] = {}
    based_on: dict[str, str] = {}
    for style in styles.iter(W + "style"):
        style_id = style.get(W + "styleId") or ""
        numbering = style.find(f"{W}pPr/{W}numPr")
        own[style_id] = (
            (_value(numbering, "numId"), integer(_value(numbering, "ilvl"), 0)) if numbering is not None else None
        )
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
    child = element.find(W + name) if element is not None else None
    return child.get(VAL) if child is not None else None


def number_format(value: int, number_format: str) -> str:
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
