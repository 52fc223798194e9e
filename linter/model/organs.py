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


# A higher-level place before the organ's own (淮安市 in 淮安市洪泽区人民政府): reports of
# one organ write it one year and leave it out the next.
_HIGHER_PLACE = re.compile(
    r"^[^省市州盟]{1,7}?(?:省|自治区|市|自治州|州|盟)(?=[^省市州盟区县旗]{1,6}?(?:区|县|市|旗|自治县))"
)


def local_key(key: str) -> str:
    """``organ_key`` without the higher-level places it begins with, when a place of its
    own follows (``淮安市洪泽区政府`` → ``洪泽区政府``; ``淮安市政府`` stays)."""
    while match := _HIGHER_PLACE.match(key):
        key = key[match.end() :]
    return key


def same_organ_keys(first: str, second: str) -> bool:
    """Whether two keys name one organ: equal, or one is the other with higher-level
    places before it (``淮安市洪泽区政府``, ``洪泽区政府``; not ``北京市朝阳区…``, ``长春市朝阳区…``)."""
    if not first or not second:
        return False
    longer, shorter = (first, second) if len(first) >= len(second) else (second, first)
    return longer.endswith(shorter) and local_key(longer) == local_key(shorter)


# An organ's level, from the divisions its name starts with (淮安市洪泽区… → county).
LEVELS = ("provincial", "prefecture", "county", "township")
_MUNICIPALITIES = ("北京市", "上海市", "天津市", "重庆市")
_DIVISION = re.compile(r"[\u4e00-\u9fff]{1,7}?(?:特别行政区|自治区|自治州|自治县|省|市|州|盟|地区|县|旗|区|乡|镇|街道)")
_ZONE = ("实验区", "开发区", "高新区", "片区", "园区", "新区", "管理区", "示范区", "合作区", "保税区")
_LEVEL_OF = {
    "特别行政区": "provincial",
    "自治区": "provincial",
    "省": "provincial",
    "自治州": "prefecture",
    "市": "prefecture",
    "州": "prefecture",
    "盟": "prefecture",
    "地区": "prefecture",
    "自治县": "county",
    "县": "county",
    "旗": "county",
    "区": "county",
    "乡": "township",
    "镇": "township",
    "街道": "township",
}
_SUFFIXES = sorted(_LEVEL_OF, key=len, reverse=True)


def organ_level(name: str) -> str | None:
    """``provincial``, ``prefecture``, ``county`` or ``township``; None when the name does
    not start with administrative divisions, or names a zone (开发区, 片区 …), whose level
    the name does not tell."""
    divisions = []
    rest = _NOISE.sub("", fold(name))
    while match := _DIVISION.match(rest):
        divisions.append(match.group())
        rest = rest[match.end() :]
    if not divisions or any(d.endswith(_ZONE) for d in divisions):
        return None
    last = divisions[-1]
    if len(divisions) == 1 and last in _MUNICIPALITIES:
        return "provincial"
    return _LEVEL_OF[next(s for s in _SUFFIXES if last.endswith(s))]
