"""Normalisation that never moves a character.

Reports mix full-width and half-width digits, brackets and punctuation, put spaces
inside words (``三、 本年 度办 理结 果``) and break sentences across lines. Rules
match on *folded* text and report positions in the *original*:

- ``fold`` maps full-width ASCII forms (``０`` ``（`` ``，`` …) and the odd spaces
  one-for-one onto their half-width forms, so folded text has the same length and
  the same columns as the original.
- ``Compact`` joins fragments of text with all whitespace removed (and folded),
  remembering where each of its characters came from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .nodes import Fragment, Span

_FOLD_TABLE = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FOLD_TABLE.update({0x3000: 0x20, 0x00A0: 0x20, 0x000C: 0x20, 0x000B: 0x20, 0xFEFF: 0x20})
_FOLD_TABLE.update({code: 0x20 for code in range(0x2000, 0x200C)})

_WHITESPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Full-width ASCII forms and unusual spaces to their plain forms, one for one."""
    return text.translate(_FOLD_TABLE)


def squeeze(text: str) -> str:
    """Folded text without any whitespace: the form labels and headings are compared in."""
    return _WHITESPACE.sub("", fold(text))


_CJK_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_CJK_DIGITS["零"] = 0
_CJK_DIGITS["○"] = 0
_CJK_DIGITS["Ｏ"] = 0


def chinese_numeral_value(numeral: str) -> int | None:
    """Value of a small Chinese numeral as used in headings: 一 … 九十九."""
    if not numeral:
        return None
    if all(c in _CJK_DIGITS for c in numeral) and len(numeral) == 1:
        return _CJK_DIGITS[numeral]
    tens, sep, units = numeral.partition("十")
    if not sep:
        return None
    if tens and (len(tens) != 1 or tens not in _CJK_DIGITS):
        return None
    if units and (len(units) != 1 or units not in _CJK_DIGITS):
        return None
    return (_CJK_DIGITS[tens] if tens else 1) * 10 + (_CJK_DIGITS[units] if units else 0)


def chinese_numeral(value: int) -> str:
    digits = "〇一二三四五六七八九"
    if value < 10:
        return digits[value]
    tens, units = divmod(value, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[units] if units else "")


def year_from_digits(text: str) -> int | None:
    """``2023`` or ``二〇二三`` (four digits either way) as an int."""
    if text.isascii() and text.isdigit():
        return int(text)
    if len(text) == 4 and all(c in _CJK_DIGITS for c in text):
        return int("".join(str(_CJK_DIGITS[c]) for c in text))
    return None


@dataclass(frozen=True, slots=True)
class Compact:
    """Folded text with whitespace removed, and each character's origin (line, column)."""

    text: str
    origins: tuple[tuple[int, int], ...]

    @staticmethod
    def of(fragments: Iterable[Fragment]) -> Compact:
        chars: list[str] = []
        origins: list[tuple[int, int]] = []
        for fragment in fragments:
            for offset, char in enumerate(fold(fragment.text)):
                if not char.isspace():
                    chars.append(char)
                    origins.append((fragment.line, fragment.column + offset))
        return Compact("".join(chars), tuple(origins))

    def span(self, start: int, end: int) -> Span:
        """Span of ``text[start:end]`` in the original (``end`` exclusive, non-empty)."""
        first = self.origins[start]
        last = self.origins[max(end - 1, start)]
        return Span(first[0], first[1], last[0], last[1])

    def __bool__(self) -> bool:
        return bool(self.text)
