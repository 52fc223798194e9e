"""Normalisation that never moves a character.

Reports mix full-width and half-width digits, brackets and punctuation, put spaces
inside words (``三、 本年 度办 理结 果``) and break sentences across lines. Rules
match on *folded* text and report positions in the *original*:

- ``fold`` (in ``width``) maps full-width ASCII forms (``０`` ``（`` ``，`` …) and the odd spaces
  one-for-one onto their half-width forms, so folded text has the same length and
  the same columns as the original.
- ``Compact`` joins fragments of text with all whitespace removed (and folded),
  remembering where each of its characters came from.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

from linter.core.spans import Fragment, Span
from linter.core.width import fold

_WHITESPACE = re.compile(r"\s+")
_NON_SPACE = re.compile(r"\S+")


def squeeze(text: str) -> str:
    """Folded text without any whitespace: the form labels and headings are compared in."""
    return unspaced(fold(text))


ANCHOR_LENGTH = 40


def anchor(lines: list[str], span) -> str:
    """The text ``span`` covers on its first line, squeezed and cut short: what a
    finding's fingerprint is made of, stable when lines move."""
    return anchored(covered(lines, span))


def covered(lines: list[str], span) -> str:
    """The text of ``lines`` that ``span`` covers on its first line ("" past the last line)."""
    if span.line > len(lines):
        return ""
    return lines[span.line - 1][span.column - 1 : span.end_column if span.end_line == span.line else None]


def anchored(text: str) -> str:
    """The anchor of the text a span covers (see ``anchor``)."""
    if text.isascii() and text.isdigit():  # most anchors of table cells: a count, squeezed already
        return text[:ANCHOR_LENGTH]
    return squeeze(text)[:ANCHOR_LENGTH]


def unspaced(folded: str) -> str:
    """``squeeze`` for text that is folded already."""
    if " " not in folded and folded.isprintable():  # every other whitespace is unprintable
        return folded  # most labels and titles: nothing to take out
    return _WHITESPACE.sub("", folded)


_CJK_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_CJK_DIGITS["零"] = 0
_CJK_DIGITS["○"] = 0


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
    """``value`` written as headings write it: 三, 十二, 一百零五; from 1000 on, in digits."""
    digits = "〇一二三四五六七八九"
    if value < 10:
        return digits[value]
    if value < 100:
        tens, units = divmod(value, 10)
        return ("" if tens == 1 else digits[tens]) + "十" + (digits[units] if units else "")
    if value >= 1000:
        return str(value)
    hundreds, rest = divmod(value, 100)
    if rest == 0:
        return digits[hundreds] + "百"
    return digits[hundreds] + "百" + ("零" if rest < 10 else "一" if rest < 20 else "") + chinese_numeral(rest)


def year_from_digits(text: str) -> int | None:
    """``2023`` or ``二〇二三`` (four digits either way) as an int."""
    if text.isascii() and text.isdigit():
        return int(text)
    if len(text) == 4 and all(c in _CJK_DIGITS for c in text):
        return int("".join(str(_CJK_DIGITS[c]) for c in text))
    return None


class Compact:
    """Folded text with whitespace removed, and where each of its characters came from.

    Where is worked out when it is asked for, and only as far as asked (most texts are
    only searched, most searches find nothing, and what is found is near the start): as
    runs, ``starts[k]`` is where the k-th run of non-space characters begins in ``text``,
    ``origins[k]`` the (line, column) of its first character.
    """

    __slots__ = ("text", "_fragments", "_starts", "_origins", "_indexed", "_length")

    def __init__(self, text: str, fragments: tuple[Fragment, ...]):
        self.text = text
        self._fragments = fragments
        self._starts: list[int] = []
        self._origins: list[tuple[int, int]] = []
        self._indexed = 0  # how many of the fragments the runs hold
        self._length = 0  # how much of ``text`` they cover

    @staticmethod
    def of(fragments: Iterable[Fragment]) -> Compact:
        kept = tuple(fragments)
        return Compact("".join([unspaced(fragment.folded) for fragment in kept]), kept)

    def _index(self, index: int) -> None:
        """The runs, as far as the one that holds ``text[index]`` (all of them for a negative index)."""
        fragments, starts, origins = self._fragments, self._starts, self._origins
        done, length = self._indexed, self._length
        while (length <= index or index < 0) and done < len(fragments):
            fragment = fragments[done]
            done += 1
            text = fragment.folded
            if " " not in text and "\t" not in text:  # most lines: one run (folded text has no other spaces)
                if text:
                    starts.append(length)
                    origins.append((fragment.line, fragment.column))
                    length += len(text)
                continue
            for run in _NON_SPACE.finditer(text):
                starts.append(length)
                origins.append((fragment.line, fragment.column + run.start()))
                length += run.end() - run.start()
        self._indexed, self._length = done, length

    def position(self, index: int) -> tuple[int, int]:
        self._index(index)
        run = bisect_right(self._starts, index) - 1
        line, column = self._origins[run]
        return line, column + index - self._starts[run]

    def span(self, start: int, end: int) -> Span:
        """Span of ``text[start:end]`` in the original (``end`` exclusive, non-empty)."""
        return Span(*self.position(start), *self.position(max(end - 1, start)))

    def __bool__(self) -> bool:
        return bool(self.text)
