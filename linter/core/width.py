"""Folding full-width ASCII forms and odd spaces to plain ones, one character for one.

Kept apart from ``normalize`` so that the AST nodes can fold without importing it.
"""

import re

_FOLD = {chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
# Every other space becomes " ": after folding, a line's only whitespace is " " and "\t".
_FOLD.update({char: " " for char in "\u3000\u00a0\f\v\ufeff\x1c\x1d\x1e\x1f\x85\u1680\u2028\u2029\u202f\u205f"})
_FOLD.update({chr(code): " " for code in range(0x2000, 0x200C)})
_FOLDABLE = re.compile("[" + "".join(re.escape(c) for c in _FOLD) + "]")


def _folded(match: re.Match[str]) -> str:
    return _FOLD[match.group()]


def fold(text: str) -> str:
    """Full-width ASCII forms and unusual spaces to their plain forms, one for one."""
    return _FOLDABLE.sub(_folded, text)
