"""Bounds on the work a PDF can make pdfminer do, checked before it does it.

pdfminer trusts the file: it follows a reference to a reference for ever when they
form a cycle, inflates a Flate stream in one call whatever it inflates to, lays out
every page before the page count can be looked at, and pdfplumber's table finder is
quadratic in the cells of a page. Each check here refuses such a file with the reason
(a GK001 message key) and a detail, so that reading ends within seconds and bounded
memory.
"""

from __future__ import annotations

import io
import re
import zlib
from typing import Any

MAX_STREAM = 128 * 1024 * 1024  # bytes a stream may inflate to (a full-page scan at 600 dpi is less)
MAX_PATH_OPERATORS = 5000  # per page; a page of the 2021 format's widest table draws about 500
MAX_OBJECTS = 100_000

_CHUNK = 1 << 16
_STREAM_START = re.compile(rb"(?<!end)stream\r?\n")
_PATH_OPERATOR = re.compile(rb"(?<![^\s\[\]()<>/{}%])(?:re|l|c|v|y|m)(?![^\s\[\]()<>/{}%])")


class TooMuch(Exception):
    """The PDF would take unbounded work: ``reason`` is a GK001 message key."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason, self.detail = reason, detail


def check_inflation(data: bytes) -> None:
    """Every Flate stream of the file inflates to at most ``MAX_STREAM`` bytes (inflated and
    thrown away chunk by chunk, so that this costs no memory)."""
    for start in _STREAM_START.finditer(data):
        inflater, offset, inflated = zlib.decompressobj(), start.end(), 0
        try:
            while not inflater.eof and (inflater.unconsumed_tail or offset < len(data)):
                piece = inflater.unconsumed_tail or data[offset : offset + _CHUNK]
                if not inflater.unconsumed_tail:
                    offset += _CHUNK
                inflated += len(inflater.decompress(piece, _CHUNK))
                if inflated > MAX_STREAM:
                    raise TooMuch("zip-bomb", f"a stream inflating to more than {MAX_STREAM >> 20} MB")
        except zlib.error:
            continue  # not Flate, or damaged: pdfminer says what it makes of it


def check_document(data: bytes, max_pages: int) -> None:
    """At most ``max_pages`` pages by the page tree's ``/Count`` (read without laying out a
    page), and no object of the file a reference cycle."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser

    document = PDFDocument(PDFParser(io.BytesIO(data)))
    pages = _resolved(document, document.catalog.get("Pages"))
    count = _resolved(document, pages.get("Count")) if isinstance(pages, dict) else None
    if isinstance(count, int) and count > max_pages:
        raise TooMuch("too-many-pages", f"{count} > {max_pages}")
    check_references(document)


def check_references(document: Any) -> None:
    """No object of ``document`` (a pdfminer PDFDocument) is a chain of references that
    comes back to itself, which pdfminer would follow for ever."""
    ids = {objid for xref in document.xrefs for objid in xref.get_objids()}
    if len(ids) > MAX_OBJECTS:
        raise TooMuch("too-complex", f"{len(ids)} objects > {MAX_OBJECTS}")
    settled: set[int] = set()
    for objid in ids:
        settled.update(_chain(document, objid, settled))


def _resolved(document: Any, value: Any) -> Any:
    """``value`` with references followed, a cycle refused."""
    from pdfminer.pdftypes import PDFObjRef

    if not isinstance(value, PDFObjRef):
        return value
    return _object(document, _chain(document, value.objid, set())[-1])


def _chain(document: Any, objid: int, settled: set[int]) -> list[int]:
    """The objects a reference to ``objid`` leads through, up to a settled or final one."""
    from pdfminer.pdftypes import PDFObjRef

    chain: list[int] = []
    target: int | None = objid
    while target is not None and target not in settled:
        if target in chain:
            raise TooMuch("damaged", f"objects {' → '.join(map(str, chain))} refer to each other in a cycle")
        chain.append(target)
        value = _object(document, target)
        target = value.objid if isinstance(value, PDFObjRef) else None
    return chain


def check_drawing(page: Any, number: int) -> None:
    """The page draws few enough paths for its tables to be found in bounded time."""
    data = b"".join(stream.get_data() for stream in page.page_obj.contents if hasattr(stream, "get_data"))
    operators = len(_PATH_OPERATOR.findall(data))
    if operators > MAX_PATH_OPERATORS:
        raise TooMuch("too-complex", f"page {number} draws {operators} lines and rectangles > {MAX_PATH_OPERATORS}")


def _object(document: Any, objid: int) -> Any:
    try:
        return document.getobj(objid)
    except Exception:  # a missing or damaged object ends the chain; pdfminer reports it if it matters
        return None
