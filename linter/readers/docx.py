"""Word documents, .docx as Word and WPS save them (python-docx, the ``docx`` extra).

Body paragraphs become lines (a manual line break inside one starts a new line), with
their automatic numbering written out as Word shows it (``docx_numbering``). Tables become
grid rows, merged cells (``gridSpan``, ``vMerge``) expanded; a table of one column
frames text and is read as paragraphs. Field codes and text boxes are left out.
Tracked changes are read as if all were accepted: deleted and moved-away text out,
inserted and moved-to text in, a paragraph whose mark was deleted joined to the next,
deleted table rows out; comments are never report text. Positions: ``paragraph``
counts the body's paragraphs (empty ones too, not those in tables); table rows are
counted from the top of their table, and ``cells`` numbers a row's Word cells.

The file is a zip archive: it is unpacked within bounds (``docx_archive``), and python-docx
parses its XML with entities unresolved and no network.
Old binary .doc and .wps files are converted by LibreOffice when it is installed
(``office``); a .doc that is really a .docx or an HTML page (as some sites serve "Word
versions") is read as what it is.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from linter.readers import html, office
from linter.readers.docx_archive import unpacked
from linter.readers.docx_grid import collapsed, text_columns
from linter.readers.docx_numbering import VAL, Numbering, W, integer
from linter.readers.failures import damaged, missing_library
from linter.readers.layout import Cell, TextBuilder, expand_grid, join_wrapped
from linter.readers.source import Place, Source, Unreadable

REQUIREMENT = "python-docx"

_ZIP_MAGIC, _OLE_MAGIC = office.ZIP_MAGIC, office.OLE_MAGIC

_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
P, TBL, TR, TC, SDT, SDT_CONTENT, CUSTOM_XML = (
    W + t for t in ("p", "tbl", "tr", "tc", "sdt", "sdtContent", "customXml")
)
_T, _TAB, _PTAB, _BR, _CR, _HYPHEN = (W + t for t in ("t", "tab", "ptab", "br", "cr", "noBreakHyphen"))
# Never shown as the paragraph's text: deletions, moved-away text, drawings and text boxes.
_NOT_TEXT = frozenset(
    [W + t for t in ("del", "moveFrom", "drawing", "pict", "object", "txbxContent", "pPr", "rPr")]
    + [_MC + "AlternateContent"]
)
_CONTAINERS = frozenset({SDT, SDT_CONTENT, CUSTOM_XML})


def read(path: Path, data: bytes) -> Source | Unreadable:
    loaded = load(path, data)
    return loaded if isinstance(loaded, Unreadable) else loaded[1].builder.source(str(path), "docx")


def load(path: Path, data: bytes, whole: bool = False) -> tuple[Any, Body] | Unreadable:
    """The python-docx document in ``data``, walked; or why it cannot be read. ``whole``
    keeps the parts that carry no text (pictures, fonts), for a copy to be written."""
    if missing := missing_library(path, REQUIREMENT, "docx"):
        return missing
    import docx

    if data.startswith(_OLE_MAGIC):
        return Unreadable(str(path), "legacy-office", ".doc")
    package = unpacked(data, whole)
    if isinstance(package, tuple):
        return Unreadable(str(path), *package)
    try:
        document = docx.Document(io.BytesIO(package))
        return document, walk(document)
    except Exception as error:  # python-docx raises whatever a damaged package makes it meet
        return damaged(path, error)


def read_legacy(path: Path, data: bytes) -> Source | Unreadable:
    """A .doc or .wps file: converted by LibreOffice when installed, or read as what it
    really is when it is a .docx or an HTML page."""
    if data.startswith(_ZIP_MAGIC):
        return read(path, data)
    if data.startswith(_OLE_MAGIC):
        converted = office.to_docx(path, data)
        return converted if isinstance(converted, Unreadable) else read(path, converted)
    start = data[:1024].lstrip().lower()
    if start.startswith(b"<") or b"<html" in start:
        return html.read(path, data)
    return Unreadable(str(path), "legacy-office", path.suffix.lower())


def _numbering(document: Any) -> Any | None:
    """The numbering definitions, or None: Word leaves the part out of a document without lists."""
    from docx.opc.constants import RELATIONSHIP_TYPE

    try:
        return document.part.part_related_by(RELATIONSHIP_TYPE.NUMBERING).element
    except KeyError:
        return None


def walk(document: Any) -> Body:
    """A python-docx document's body, walked: its text, and the elements it came from."""
    body = Body(Numbering(_numbering(document), document.styles.element))
    body.blocks(document.element.body)
    return body


class Body:
    """Walks the document body in order, writing lines and rows to ``builder``; keeps the
    elements its paragraphs and tables are counted from, for writing into the document."""

    def __init__(self, numbering: Numbering) -> None:
        self.numbering = numbering
        self.builder = TextBuilder()
        self.paragraphs: list[tuple[Any, str]] = []  # (w:p, the text Word shows before its own)
        self.tables: list[list[Any]] = []  # the w:tr read of each table counted
        self._joined = ""  # the text of paragraphs whose mark was deleted, for the next one

    def blocks(self, container: Any) -> None:
        for block in _blocks(container):
            if block.tag == P:
                prefix = self._joined + self.numbering.label(block)
                self.paragraphs.append((block, prefix))
                text = prefix + _text(block)
                if _mark_deleted(block):
                    self._joined = text
                    continue
                self._joined = ""
                for line in text.split("\n"):
                    self.builder.line(line, Place(paragraph=len(self.paragraphs)))
            elif _is_frame(block):
                for row in _rows(block):
                    for cell in _children(row, TC):
                        self.blocks(cell)
            else:
                self._table(block)

    def _paragraph(self, paragraph: Any) -> str:
        return self.numbering.label(paragraph) + _text(paragraph)

    def _table(self, table: Any) -> None:
        rows = [row for row in _rows(table) if not _deleted(row.find(W + "trPr"))]
        laid_out = [self._row(row) for row in rows]
        grid = expand_grid([cells for cells, _ in laid_out])
        kept = text_columns(table, [cells for cells, _ in laid_out])
        self.tables.append(rows)
        for number, (cells, (_, numbers)) in enumerate(zip(grid, laid_out), 1):
            numbers = tuple(numbers[c] for c in kept if c < len(numbers))
            self.builder.row(collapsed(cells, kept), Place(table=len(self.tables), row=number, cells=numbers))

    def _row(self, row: Any) -> tuple[list[Cell], tuple[int, ...]]:
        """The row's cells, and for each grid column they cover the number of its Word
        cell as Word counts them (0 in the grid before and after the cells)."""
        properties = row.find(W + "trPr")
        before = _grid_value(properties, "gridBefore", 0)
        cells: list[Cell] = [("", 1, before)]
        numbers = [0] * before
        for ordinal, cell in enumerate(row_cells(row), 1):
            text = "" if continues_merge(cell) else self._cell_text(cell)
            span = _grid_value(cell.find(W + "tcPr"), "gridSpan", 1)
            cells.append((text, 1, span))
            numbers += [ordinal] * span
        cells.append(("", 1, _grid_value(properties, "gridAfter", 0)))
        return [cell for cell in cells if cell[2] > 0], tuple(numbers)

    def _cell_text(self, cell: Any) -> str:
        """A cell's paragraphs and their lines (and those of tables nested in it) on one line."""
        parts = []
        for block in _blocks(cell):
            if block.tag == P:
                parts.extend(self._paragraph(block).split("\n"))
            else:
                parts.extend(self._cell_text(inner) for row in _rows(block) for inner in _children(row, TC))
        return join_wrapped(parts)


def row_cells(row: Any) -> list[Any]:
    """The ``w:tc`` of a row, as Word numbers them along it."""
    return list(_children(row, TC))


def continues_merge(cell: Any) -> bool:
    """Whether the cell is covered by a cell merged down from above (``vMerge`` continue)."""
    properties = cell.find(W + "tcPr")
    merge = properties.find(W + "vMerge") if properties is not None else None
    return merge is not None and merge.get(VAL, "continue") == "continue"


def _mark_deleted(paragraph: Any) -> bool:
    """Whether the paragraph's mark is a tracked deletion: accepted, it joins the next."""
    properties = paragraph.find(W + "pPr")
    return _deleted(properties.find(W + "rPr") if properties is not None else None)


def _deleted(properties: Any) -> bool:
    return properties is not None and properties.find(W + "del") is not None


def _blocks(container: Any) -> Iterator[Any]:
    """The paragraphs and tables of a body or cell, inside content controls too."""
    for child in container:
        if child.tag in (P, TBL):
            yield child
        elif child.tag in _CONTAINERS:
            yield from _blocks(child)


def _children(element: Any, tag: str) -> Iterator[Any]:
    """Children of ``element`` with ``tag``, inside content controls too."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in _CONTAINERS:
            yield from _children(child, tag)


def _rows(table: Any) -> Iterator[Any]:
    return _children(table, TR)


def _is_frame(table: Any) -> bool:
    """A table of one column: a frame around text rather than a table of data."""
    return all(sum(1 for _ in _children(row, TC)) <= 1 for row in _rows(table))


def _grid_value(properties: Any, name: str, default: int) -> int:
    element = properties.find(W + name) if properties is not None else None
    return integer(element.get(VAL) if element is not None else None, default)


def _text(paragraph: Any) -> str:
    """What Word shows of a paragraph; manual line breaks as ``\\n``, tabs as spaces."""
    return "".join(text for text, _ in pieces(paragraph))


def pieces(paragraph: Any) -> Iterator[tuple[str, Any]]:
    """The paragraph's text as Word shows it, piece by piece, each with the element it
    comes from (a ``w:t``, or a tab, break or hyphen)."""
    for child in paragraph:
        tag = child.tag
        if tag == _T:
            yield child.text or "", child
        elif tag in (_TAB, _PTAB):
            yield " ", child
        elif tag in (_BR, _CR):
            yield "\n", child
        elif tag == _HYPHEN:
            yield "-", child
        elif isinstance(tag, str) and tag not in _NOT_TEXT:
            yield from pieces(child)
