"""A crawler's header block before a page's text: page metadata, not report content.

Archives of crawled portal pages put the page's metadata in ``key: value`` lines
(``标题:`` ``发布时间:`` ``发布机构:`` ``原文链接:`` …) above a divider
``==== 正文 ====``, then the page's text. The header becomes ``Source.metadata``, as
the HTML reader makes a page's metadata table; its lines are blanked (so every
position in the body stays where an editor shows it), except the value of ``标题:``
when the body does not start with a title line of its own: that value is the
report's title, left standing where it is.
"""

from __future__ import annotations

import re

_DIVIDER = re.compile(r"\s*[=＝]{3,}\s*正\s*文\s*[=＝]{3,}\s*")
_KEY_LINE = re.compile(r"\s*(?P<key>[^\s:：]{1,8})\s*[:：][ \t]*(?P<value>.*?)\s*")
_TITLE_KEYS = ("标题", "名称", "信息名称")
_MAX_HEADER_LINES = 20
_MIN_KEYS = 2
_MAX_TITLE_LINE = 60
_SENTENCE = re.compile(r"[。，；,;]")


def split_header(text: str) -> tuple[str, dict[str, str]]:
    """``text`` with a crawler's header blanked, and the header's non-empty ``{key: value}``;
    ``text`` unchanged and ``{}`` when it has no such header."""
    lines = text.split("\n")
    divider = next((i for i, line in enumerate(lines[:_MAX_HEADER_LINES]) if _DIVIDER.fullmatch(line)), None)
    if divider is None:
        return text, {}
    keyed = [(i, match) for i, line in enumerate(lines[:divider]) if (match := _KEY_LINE.fullmatch(line))]
    if len(keyed) < _MIN_KEYS:
        return text, {}
    metadata = {match["key"]: match["value"] for _, match in keyed if match["value"]}
    title_line = next((i for i, match in keyed if match["key"] in _TITLE_KEYS and match["value"]), None)
    kept = title_line if title_line is not None and not _starts_with_title(lines[divider + 1 :]) else None
    blanked = [
        _title_only(line, keyed_match) if i == kept and (keyed_match := _KEY_LINE.fullmatch(line)) else ""
        for i, line in enumerate(lines[: divider + 1])
    ]
    return "\n".join([*blanked, *lines[divider + 1 :]]), metadata


def _title_only(line: str, match: re.Match[str]) -> str:
    """The line with its key blanked to spaces, so that the title keeps its columns."""
    return " " * match.start("value") + match["value"]


def _starts_with_title(body: list[str]) -> bool:
    """Whether the body's first non-blank line is a title line (short, naming 报告, no sentence)."""
    first = next((line.strip() for line in body if line.strip()), "")
    return len(first) <= _MAX_TITLE_LINE and "报告" in first and not _SENTENCE.search(first)
