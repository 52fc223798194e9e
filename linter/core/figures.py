"""Figures as reports write them in table cells: one definition for the lexer (is this
line a row of figures?) and the tables (what does this cell say?).

A figure is a count or an amount (``12``, ``1,295``, ``2167.0875 万元``, ``-51``) or a
placeholder written where a count belongs (``/``, ``-``, ``—``). Text is folded first
(see ``width.fold``), so full-width digits and signs are figures too.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Union

from linter.core.alternation import longest_first

if TYPE_CHECKING:
    from decimal import Decimal

# Counts are ints; a figure written with decimals is a Decimal. ``decimal`` is imported
# only when such a figure is read (its import is ~1.5% of a cold check).
Number = Union[int, "Decimal"]

UNITS = frozenset({"万元", "元", "件", "个", "条", "项", "次", "人次", "户"})
PLACEHOLDERS = frozenset({"/", "-", "—", "–", "--", "——", "\\"})
FIGURE_START = frozenset("0123456789-+−/—–\\")  # what a number or a placeholder starts with
# No count or amount in a report has more digits; longer runs of digits are text (and
# Python refuses to convert more than 4,300 digits to an int).
MAX_DIGITS = 30
_NUMBER = re.compile(r"([-+−]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:" + "|".join(longest_first(UNITS)) + ")?")


def parse_number(folded: str) -> Number | None:
    """``2167.0875 万元`` → Decimal("2167.0875"), ``1,295`` → 1295; None when not a number."""
    match = _NUMBER.fullmatch(unspaced(folded))
    if match is None:
        return None
    whole, fraction = match.group(2).replace(",", ""), match.group(3)
    if len(whole) + len(fraction or "") > MAX_DIGITS:
        return None
    if fraction:
        from decimal import Decimal

        value: Number = Decimal(whole + fraction)
    else:
        value = int(whole)
    return -value if match.group(1) in ("-", "−") else value


def count(folded: str) -> int | None:
    """A plain run of decimal digits as an int; None when it is too long to be a count."""
    return int(folded) if len(folded) <= MAX_DIGITS else None


def is_figure(folded: str) -> bool:
    """Whether folded text is a figure or a placeholder for one."""
    if not folded or folded[0] not in FIGURE_START:
        return False
    if folded.isdecimal():  # most cells: a plain count
        return len(folded) <= MAX_DIGITS
    return unspaced(folded) in PLACEHOLDERS or parse_number(folded) is not None


def unspaced(folded: str) -> str:
    """Folded text without whitespace (after folding, only spaces and tabs are left)."""
    return folded.replace(" ", "").replace("\t", "") if " " in folded or "\t" in folded else folded
