"""Word documents, .docx as Word and WPS save them (python-docx, the ``docx`` extra).

Body paragraphs become lines (a manual line break inside one starts a new line), with
their automatic numbering written out as Word shows it (``docx_numbering``). Tables become
grid rows, merged cells (``gridSpan``, ``vMerge``) expanded; a table of one column
frames text and is read as paragraphs. Deleted revisions, field codes and text boxes
are left out. Positions: ``段落 N`` counts the body's paragraphs (empty ones too, not
those in tables); table rows are counted from the top of their table.

The file is a zip archive: it is unpacked within bounds (``docx_archive``), and python-docx
parses its XML with entities unresolved and no network.
Old binary .doc and .wps files cannot be read; a .doc that is really a .docx or an
HTML page (as some sites serve "Word versions") is read as what it is.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from linter.readers import html
from linter.readers.docx_archive import unpacked
from linter.readers.docx_numbering import VAL, Numbering, W, integer
from linter.readers.failures import damaged, missing_extra
from linter.readers.layout import Cell, TextBuilder, expand_grid, join_wrapped
from linter.readers.source import Place, Source, Unreadable

EXTRA = "xxgk-lint[docx]"
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc, .wps, and encrypted Office files

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
    if missing := missing_extra(path, EXTRA, "docx"):
        return missing
    import docx

    if data.startswith(_OLE_MAGIC):
        return Unreadable(str(path), "legacy-office", ".doc")
    package = unpacked(data)
    if isinstance(package, tuple):
        return Unreadable(str(path), *package)
    try:
        document = docx.Document(io.BytesIO(package))
        body = _Body(Numbering(_numbering(document), document.styles.element))
        body.blocks(document.element.body)
    except Exception as error:  # python-docx raises whatever a damaged package makes it meet
        return damaged(path, error)
    return body.builder.source(str(path), "docx")


def read_legacy(path: Path, data: bytes) -> Source | Unreadable:
    """A .doc or .wps file: read it if it is really a .docx or an HTML page."""
    if data.startswith(_ZIP_MAGIC):
        return read(path, data)
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


class _Body:
    """Walks the document body in order, writing lines and rows to ``builder``."""

    def __init__(self, numbering: Numbering) -> None:
        self.numbering = numbering
        self.builder = TextBuilder()
        self.paragraphs = 0
        self.tables = 0

    def blocks(self, container: Any) -> None:
        for block in _blocks(container):
            if block.tag == P:
                self.paragraphs += 1
                for line in self._paragraph(block).split("\n"):
                    self.builder.line(line, Place(paragraph=self.paragraphs))
            elif _is_frame(block):
                for row in _rows(block):
                    for cell in _children(row, TC):
                        self.blocks(cell)
            else:
                self._table(block)

    def _paragraph(self, paragraph: Any) -> str:
        return self.numbering.label(paragraph) + _text(paragraph)

    def _table(self, table: Any) -> None:
        rows = list(_rows(table))
        grid = expand_grid([self._row(row) for row in rows])
        self.tables += 1
        for number, cells in enumerate(grid, 1):
            self.builder.row(cells, Place(table=self.tables, row=number))

    def _row(self, row: Any) -> list[Cell]:
        properties = row.find(W + "trPr")
        cells: list[Cell] = [("", 1, _grid_value(properties, "gridBefore", 0))]
        for cell in _children(row, TC):
            cell_properties = cell.find(W + "tcPr")
            merge = cell_properties.find(W + "vMerge") if cell_properties is not None else None
            continued = merge is not None and merge.get(VAL, "continue") == "continue"
            text = "" if continued else self._cell_text(cell)
            cells.append((text, 1, _grid_value(cell_properties, "gridSpan", 1)))
        cells.append(("", 1, _grid_value(properties, "gridAfter", 0)))
        return [cell for cell in cells if cell[2] > 0]

    def _cell_text(self, cell: Any) -> str:
        """A cell's paragraphs and their lines (and those of tables nested in it) on one line."""
        parts = []
        for block in _blocks(cell):
            if block.tag == P:
                parts.extend(self._paragraph(block).split("\n"))
            else:
                parts.extend(self._cell_text(inner) for row in _rows(block) for inner in _children(row, TC))
        return join_wrapped(parts)


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
    parts: list[str] = []

    def walk(element: Any) -> None:
        for child in element:
            tag = child.tag
            if tag == _T:
                parts.append(child.text or "")
            elif tag in (_TAB, _PTAB):
                parts.append(" ")
            elif tag in (_BR, _CR):
                parts.append("\n")
            elif tag == _HYPHEN:
                parts.append("-")
            elif isinstance(tag, str) and tag not in _NOT_TEXT:
                walk(child)

    walk(paragraph)
    return "".join(parts)
