"""Regular expressions in rule params: compiled and sanity-checked when rules load.

Python's regular expressions backtrack: a pattern that repeats something that itself
repeats (``(x+x+)+y``), or repeats a choice whose alternatives can start alike
(``(a|aa)+b``), can take exponential time on a line of ``a``. Rule packs come
from users (and configuration, from a folder a reviewer received), so such patterns are
refused when the rules load, not run.
"""

from __future__ import annotations

import re
import re._parser as sre_parse  # the parser re.compile uses; stable since Python 3.11

from linter.core.width import fold

# What a pattern with a nested repetition must hold: a group repeated more than once
# (``)*``, ``)+``, ``){``); or verbose mode, where space or a comment may come between.
_REPEATED_GROUP = re.compile(r"\)[*+{]|\(\?[aiLmsux-]*x")


def compile_pattern(source: str, field: str) -> re.Pattern[str]:
    """A pattern over squeezed text (whitespace removed, full-width ASCII folded, so it is
    folded too); a ValueError naming ``field`` when it is wrong or matches empty text."""
    folded = fold(source)
    try:
        pattern = re.compile(folded)
    except re.error as error:
        raise ValueError(f"{field}: not a valid regular expression: {error}") from None
    if pattern.search(""):
        raise ValueError(f"{field}: matches empty text, so it would match everywhere")
    # Parsed only when it may repeat a group (most rule patterns repeat none; parsing is
    # most of what preparing them costs at start-up).
    if _REPEATED_GROUP.search(folded) and _nested_repeat(sre_parse.parse(folded)):
        raise ValueError(
            f"{field}: repeats a part that repeats itself (as in (x+)+), or a choice whose alternatives "
            "can start alike (as in (a|ab)+), which can take exponential time; write it without that repetition"
        )
    return pattern


_REPEATS = (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT, sre_parse.POSSESSIVE_REPEAT)


def _nested_repeat(parsed, inside: bool = False) -> bool:
    """Whether a repetition of more than one occurrence holds another one."""
    for op, argument in parsed:
        if op in _REPEATS:
            low, high, item = argument
            repeats = high is sre_parse.MAXREPEAT or high > 1
            if repeats and inside:
                return True
            if _nested_repeat(item, inside or repeats):
                return True
        elif op in (sre_parse.SUBPATTERN, sre_parse.ATOMIC_GROUP, sre_parse.ASSERT, sre_parse.ASSERT_NOT):
            if _nested_repeat(argument[-1], inside):
                return True
        elif op is sre_parse.BRANCH:
            if inside and not _distinct_starts(argument[1]):
                return True
            if any(_nested_repeat(branch, inside) for branch in argument[1]):
                return True
    return False


def _distinct_starts(branches) -> bool:
    """Whether each alternative starts with a literal character no other starts with: then
    at most one of them can go on at any point, and repeating the choice stays linear."""
    starts = [branch[0][1] if len(branch) and branch[0][0] is sre_parse.LITERAL else None for branch in branches]
    return None not in starts and len(set(starts)) == len(starts)
