"""PDF files as published (pdfplumber, the ``pdf`` extra): lines of text and ruled tables.

Page by page, top to bottom: the lines of text outside tables, and each ruled table as
grid rows (a merged cell's text in its first position, its wrapped lines joined; see
``pdf_tables`` for finding tables and joining those a page break cuts). Page footers
(``- 1 -``) stay as text lines, for the lexer to recognise.

What cannot be read is said, not linted: a PDF without a text layer (a scan), or
one whose text layer is mostly characters without a Unicode mapping (``(cid:…)``,
U+FFFD, private-use code points: CJK fonts embedded without ToUnicode). Positions:
``第 3 页 第 14 行`` counts the lines of text on the page outside tables; table rows
are counted in their table, tables on their page.
"""

from __future__ import annotations

import io
import logging
import re
from pathlib import Path
from typing import Any

from linter.readers.failures import damaged, missing_extra
from linter.readers.layout import TextBuilder
from linter.readers.pdf_limits import TooMuch, check_document, check_drawing, check_inflation
from linter.readers.pdf_pdfium import fast_document, page_objects
from linter.readers.pdf_tables import Fragment, continues, drawn, find_tables, fragment, grid, shared_columns
from linter.readers.source import Place, Source, Unreadable

Block = tuple[str, Place] | Fragment  # a line of text, or a table (part)

EXTRA = "pdf"
MAX_PAGES = 500
MIN_TEXT = 20  # characters: fewer in the whole file is no text layer
MAX_UNMAPPED = 0.02  # share of characters without a Unicode mapping that makes text unreliable

_CID = re.compile(r"\(cid:\d+\)")
_UNMAPPED = re.compile("[\ufffd\ue000-\uf8ff]")
_PAGE_NUMBER = re.compile(r"[-—–]?\s*\d{1,3}\s*[-—–]?|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?")


def read(path: Path, data: bytes) -> Source | Unreadable:
    if missing := missing_extra(path, EXTRA, "pdfplumber"):
        return missing
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    shown = str(path)
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its warnings about damage are ours to report
    blocks: list[Block] = []
    try:
        check_inflation(data)
        check_document(data, MAX_PAGES)  # before pdfplumber, whose close() lays out every page
        with pdfplumber.open(io.BytesIO(data), raise_unicode_errors=False) as document:
            if len(document.pages) > MAX_PAGES:
                return Unreadable(shown, "too-many-pages", f"{len(document.pages)} > {MAX_PAGES}")
            fast = fast_document(data)  # pdfium's reading, when asked for
            try:
                for number, page in enumerate(document.pages, 1):
                    check_drawing(page, number)
                    if fast is not None and (objects := page_objects(fast, page)) is not None:
                        page._objects = objects  # what pdfplumber would have laid out with pdfminer
                    blocks += _page_blocks(number, page)
                    page.close()
            finally:
                if fast is not None:
                    fast.close()
    except TooMuch as refusal:
        return Unreadable(shown, refusal.reason, refusal.detail)
    except Exception as error:  # pdfminer parses pages lazily and raises whatever a damaged one makes it meet
        cause = error.args[0] if error.args and isinstance(error.args[0], Exception) else error
        return Unreadable(shown, "encrypted") if isinstance(cause, PDFPasswordIncorrect) else damaged(path, cause)
    source = _write(blocks).source(shown, "pdf")
    problem = text_layer_problem(source.text)
    return Unreadable(shown, *problem) if problem else source


def text_layer_problem(text: str) -> tuple[str, str] | None:
    """Why a PDF's extracted text cannot be linted, as (GK001 message, detail), or None."""
    cids = len(_CID.findall(text))
    rest = _CID.sub("", text)
    unmapped = cids + len(_UNMAPPED.findall(rest))
    total = cids + sum(1 for char in rest if not char.isspace())
    if total < MIN_TEXT:
        return "pdf-no-text", ""
    if unmapped > MAX_UNMAPPED * total:
        return "pdf-garbled", f"{unmapped / total:.0%}"
    return None


def _page_blocks(number: int, page: Any) -> list[Block]:
    """A page's lines of text and tables, top to bottom."""
    page = page.dedupe_chars().filter(drawn)
    tables = find_tables(page)
    boxes = [table.bbox for table in tables]  # pdfplumber computes a bbox from all the cells each time
    outside = page.filter(lambda obj: not any(_within(obj, box) for box in boxes))
    placed: list[tuple[float, Block]] = []
    for line_number, line in enumerate(outside.extract_text_lines(), 1):
        placed.append((line["top"], (line["text"], Place(page=number, page_line=line_number))))
    for table_number, (box, table) in enumerate(sorted(zip(boxes, tables), key=lambda pair: pair[0][1]), 1):
        placed.append((box[1], fragment(table, box, number, table_number)))
    return [block for _, block in sorted(placed, key=lambda item: item[0])]


def _write(blocks: list[Block]) -> TextBuilder:
    builder = TextBuilder()
    columns = _table_columns(blocks)
    for index, block in enumerate(blocks):
        if isinstance(block, Fragment):
            for row, cells in enumerate(grid(block, columns[index]), 1):
                builder.row(cells, Place(page=block.page, table=block.number, row=row))
        else:
            builder.line(*block)
    return builder


def _table_columns(blocks: list[Block]) -> dict[int, list[float]]:
    """Index of each table part → the columns to lay it out in: those of all the parts of
    a table that page breaks cut (a part is the rest of the one before when nothing but
    page numbers stands between them)."""
    tables: list[list[int]] = []
    open_part: int | None = None
    for index, block in enumerate(blocks):
        if isinstance(block, Fragment):
            if open_part is not None and continues(blocks[open_part], block):
                tables[-1].append(index)
            else:
                tables.append([index])
            open_part = index
        elif not _PAGE_NUMBER.fullmatch(block[0]):
            open_part = None
    return {index: shared_columns([blocks[i] for i in parts]) for parts in tables for index in parts}


def _within(obj: dict[str, Any], bbox: tuple[float, float, float, float]) -> bool:
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3]
