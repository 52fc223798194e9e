"""HTML pages as portals publish them (lxml, the ``html`` extra).

The report body: paragraphs and headings as lines (inline markup such as a heading
split over several ``<span>``s joins up, ``<br>`` and block elements break lines),
``<table>``s with rowspan/colspan as grid rows. Scripts, styles, navigation (``<nav>``,
``<header>``, ``<footer>``, hidden elements, blocks made mostly of links) are left out.
A table of page metadata (名称、索引号、发布机构、公开日期 …) is not report content: it
becomes ``Source.metadata``, as do the ``PubDate``/``ContentSource`` meta tags of the
national government-website guidelines. A table that holds other tables, or has one
cell a row, frames the page's layout and is read as running text. Positions: the line
of the HTML file a line of text starts on, and table/row/column for cells.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path
from typing import Any

from linter.readers import text as plain
from linter.readers.failures import missing_library
from linter.readers.html_input import MAX_DEPTH, depth, prepared
from linter.readers.layout import Cell, TextBuilder, expand_grid, join_wrapped
from linter.readers.source import Place, Source, Unreadable

REQUIREMENT = "lxml"

_DROPPED = frozenset(
    "script style noscript template head title nav header footer aside form iframe frame object embed "
    "svg canvas button select input textarea map audio video".split()
)
_BLOCKS = frozenset(
    "html body p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre section article main center "
    "address figure figcaption hr caption tr td th tbody thead tfoot fieldset details summary".split()
)
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "menu", "menubar"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_MIN_LINKS = 3
_LINK_SHARE = 0.6  # a block whose text is mostly links is navigation

# Labels of the metadata table portals put above a report (政府信息公开目录 fields).
_METADATA_LABELS = frozenset(
    "名称 标题 信息名称 索引号 分类 主题分类 组配分类 体裁分类 发布机构 发文机关 发文机构 公开日期 发布日期 "
    "发布时间 成文日期 生成日期 文号 发文字号 文件编号 有效性 公开方式 公开范围 公开时限 信息来源 来源 "
    "主题词 关键词 关键字 内容概述".split()
)
_SAME_KEY = {"发文机关": "发布机构", "发文机构": "发布机构"}
_META_TAGS = {"pubdate": "发布日期", "contentsource": "发布机构"}
_MAX_METADATA_ROWS = 8

_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.IGNORECASE)
_GB_NAMES = frozenset({"gb2312", "gbk", "x-gbk", "gb_2312-80", "csgb2312", "euc-cn", "cp936", "windows-936", "gb18030"})
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_SPACE_RUN = re.compile(r"[ \t\r\n\f]+")
_DIGITS = re.compile(r"\d+")


def read(path: Path, data: bytes) -> Source | Unreadable:
    if missing := missing_library(path, REQUIREMENT, "lxml.html"):
        return missing
    import lxml.html
    from lxml import etree

    shown = str(path)
    decoded = decode(data)
    if isinstance(decoded, str):
        return Unreadable(shown, decoded)
    text, encoding = decoded
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, huge_tree=True)
    try:
        root = lxml.html.document_fromstring(prepared(text), parser=parser)
    except etree.ParserError:  # nothing but white space
        return Source(shown, "", encoding)
    if (deepest := depth(root)) > MAX_DEPTH:
        return Unreadable(shown, "too-complex", f"elements nested {deepest} deep > {MAX_DEPTH}")
    metadata: dict[str, str] = {}
    for table in list(root.iter("table")):
        if found := _metadata_table(table):
            metadata = {**found, **metadata}
            table.drop_tree()
    metadata = {**_meta_tags(root), **metadata}
    _drop_chrome(root)
    body = root.find("body")
    builder = TextBuilder()
    _Writer(builder).items(_Flow.of(root if body is None else body))
    return builder.source(shown, encoding, metadata)


def decode(data: bytes) -> tuple[str, str] | str:
    """The page's text: in the charset its ``<meta>`` declares, else as detected for text."""
    declared = _META_CHARSET.search(data[:4096])
    if declared and not data.startswith(_BOMS):
        name = declared.group(1).decode("ascii").lower()
        encoding = "gb18030" if name in _GB_NAMES else "utf-8" if name.startswith(("utf-16", "utf-32")) else name
        try:
            return data.decode(encoding), encoding
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: detect instead
    return plain.decode(data)


# -- page metadata --------------------------------------------------------------------------------


def _meta_tags(root: Any) -> dict[str, str]:
    found = {}
    for meta in root.iter("meta"):
        key = _META_TAGS.get((meta.get("name") or "").lower())
        if key and (content := (meta.get("content") or "").strip()):
            found.setdefault(key, content)
    return found


def _metadata_table(table: Any) -> dict[str, str]:
    """``{label: value}`` when ``table`` is a small table of page metadata, else ``{}``."""
    rows = _rows(table)
    if len(rows) > _MAX_METADATA_ROWS or table.find(".//table") is not None:
        return {}
    found: dict[str, str] = {}
    for row in rows:
        cells = [_inline_text(cell) for cell in _cells(row)]
        for label, value in zip(cells, cells[1:]):
            key = label.rstrip(":： ")
            if key in _METADATA_LABELS:
                found.setdefault(_SAME_KEY.get(key, key), value)
    return found if len(found) >= 2 else {}


# -- chrome -----------------------------------------------------------------------------------------


def _drop_chrome(root: Any) -> None:
    """Remove navigation: the blocks made mostly of links (counted bottom-up, in one pass)."""
    doomed: list[Any] = []
    _link_stats(root, doomed)
    for element in doomed:
        element.drop_tree()


def _link_stats(element: Any, doomed: list[Any]) -> tuple[int, int, int]:
    """(characters, characters inside links, links) of ``element``'s own text and its children's."""
    text, linked, links = len((element.text or "").strip()), 0, 0
    for child in element:
        if isinstance(child.tag, str):
            child_text, child_linked, child_links = _link_stats(child, doomed)
            text, linked, links = text + child_text, linked + child_linked, links + child_links
        text += len((child.tail or "").strip())
    if element.tag == "a":
        return text, text, links + 1
    navigation = links >= _MIN_LINKS and linked >= _LINK_SHARE * text
    if navigation and element.tag in _BLOCKS and element.tag not in ("html", "body"):
        doomed.append(element)
    return text, linked, links


def _hidden(element: Any) -> bool:
    return (
        element.get("hidden") is not None
        or element.get("aria-hidden") == "true"
        or (element.get("role") or "").lower() in _CHROME_ROLES
        or bool(_HIDDEN_STYLE.search(element.get("style") or ""))
    )


# -- text flow -------------------------------------------------------------------------------------


class _Flow:
    """An element's content in reading order: lines of text (``(text, source line)``),
    where blocks and ``<br>`` break it, and the ``<table>`` elements between them."""

    def __init__(self) -> None:
        self.items: list[tuple[str, int] | Any] = []
        self._buffer: list[str] = []
        self._line = 0

    @classmethod
    def of(cls, element: Any) -> list[tuple[str, int] | Any]:
        flow = cls()
        flow._walk(element)
        flow._flush()
        return flow.items

    def _walk(self, element: Any) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if not tag or tag in _DROPPED or _hidden(element):
            return
        if tag == "br":
            self._flush()
            return
        if tag == "table":
            self._flush()
            self.items.append(element)
            return
        block = tag in _BLOCKS
        if block:
            self._flush()
        self._add(element.text, element.sourceline)
        for child in element:
            self._walk(child)
            self._add(child.tail, child.sourceline)
        if block:
            self._flush()

    def _add(self, text: str | None, line: int | None) -> None:
        if text:
            if not self._line and not text.isspace():
                self._line = line or 0
            self._buffer.append(text)

    def _flush(self) -> None:
        text = _collapse("".join(self._buffer)).strip()
        if text:
            self.items.append((text, self._line))
        self._buffer, self._line = [], 0


class _Writer:
    """Feeds a flow to the builder: lines as lines, data tables as grid rows."""

    def __init__(self, builder: TextBuilder) -> None:
        self.builder = builder
        self.tables = 0

    def items(self, items: list[tuple[str, int] | Any]) -> None:
        for item in items:
            if isinstance(item, tuple):
                self.builder.line(item[0], Place(source_line=item[1]))
            elif _is_layout(item):
                for row in _rows(item):
                    for cell in _cells(row):
                        self.items(_Flow.of(cell))
            else:
                self._table(item)

    def _table(self, table: Any) -> None:
        caption = table.find("caption")
        if caption is not None:
            self.items(_Flow.of(caption))
        rows = _rows(table)
        grid = expand_grid([[_cell(cell) for cell in _cells(row)] for row in rows])
        self.tables += 1
        for number, (row, cells) in enumerate(zip(rows, grid), 1):
            self.builder.row(cells, Place(table=self.tables, row=number, source_line=row.sourceline or 0))


def _is_layout(table: Any) -> bool:
    """A table that frames the page rather than holding data."""
    return table.find(".//table") is not None or all(len(_cells(row)) <= 1 for row in _rows(table))


def _rows(table: Any) -> list[Any]:
    return table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")


def _cells(row: Any) -> list[Any]:
    return [cell for cell in row if cell.tag in ("td", "th")]


def _cell(cell: Any) -> Cell:
    return (_inline_text(cell), _number(cell.get("rowspan")), _number(cell.get("colspan")))


def _inline_text(element: Any) -> str:
    """A cell's text on one line: its paragraphs and lines joined (``商业`` ``企业`` → ``商业企业``)."""
    return join_wrapped(item[0] for item in _Flow.of(element) if isinstance(item, tuple))


def _number(value: str | None) -> int:
    """A rowspan/colspan attribute as browsers read it: leading digits, else 1
    (``expand_grid`` takes rowspan 0 as "to the end", colspan 0 as 1)."""
    match = _DIGITS.match((value or "").strip())
    return int(match.group()) if match else 1


def _collapse(text: str) -> str:
    """HTML white space: runs become one space, and a line break between two CJK
    characters none (a heading split over lines of the source stays one word)."""

    def space(match: re.Match[str]) -> str:
        if "\n" in match.group() or "\r" in match.group():
            before = text[match.start() - 1] if match.start() else ""
            after = text[match.end()] if match.end() < len(text) else ""
            if _wide(before) and _wide(after):
                return ""
        return " "

    return _SPACE_RUN.sub(space, text)


def _wide(char: str) -> bool:
    return bool(char) and unicodedata.east_asian_width(char) in "WF"
