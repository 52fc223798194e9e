"""One organ, however its name is written: the key by which reports of one organ are
paired across years and matched against a reviewer's roster.

Folded away: width and spacing, brackets and quotes, and the usual long and short
forms of the same words (人民政府/政府, 管理委员会/管委会, 办公室/办, 委员会/委 …),
so that ``淮安市人民政府办公室`` and ``淮安市政府办`` are one organ.
"""

from __future__ import annotations

import re

from linter.core.width import fold

# Longest first: each long form becomes its short form. The short forms are the ones
# people write, so a name already short is left as it is.
_SHORT_FORMS = (
    ("管理委员会", "管委会"),
    ("人民政府", "政府"),
    ("发展和改革", "发改"),
    ("办公室", "办"),
    ("委员会", "委"),
)
_NOISE = re.compile(r"[\s()\[\]{}（）【】〔〕〈〉《》「」『』“”‘’\"'·・.,，、]")
_LONG = re.compile("|".join(long for long, _ in _SHORT_FORMS))
_SHORT = dict(_SHORT_FORMS)


def organ_key(name: str) -> str:
    """The folded form of an organ's name; "" for a name that is only noise."""
    return _LONG.sub(lambda match: _SHORT[match.group()], _NOISE.sub("", fold(name)))


def same_organ(first: str, second: str) -> bool:
    key = organ_key(first)
    return bool(key) and key == organ_key(second)
