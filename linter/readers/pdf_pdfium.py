"""A PDF page's objects (characters, rectangles, lines) read by pdfium (pypdfium2, in C)
instead of pdfminer's interpreter (in Python, some three times slower), in the shape
pdfplumber gives them, so that everything after (tables, lines of text) is unchanged.

Opt-in (``XXGK_LINT_PDF_READER=pdfium``; the ``pdf-fast`` extra): pdfminer stays the
default, whose limits (``pdf_limits``) were made for hostile files. Used only where
pdfium's objects are pdfminer's: a page with anything this module does not reproduce
exactly is read by pdfminer as before (``None``): vertical writing (whose boxes pdfminer
makes from the font's vertical metrics), a form XObject (whose objects pdfminer lays
out inside a figure), rotated or skewed text, a curve, a character without a Unicode
mapping (what pdfminer writes ``(cid:…)``, for ``text_layer_problem``), a rotated page
or one whose boxes do not start at the origin.
"""

from __future__ import annotations

import ctypes
import os
from typing import Any

ENV = "XXGK_LINT_PDF_READER"
PDFIUM = "pdfium"
DIGITS = 6  # a path's points are pdfium's floats: rounded, as pdfminer's doubles print


class _NotPlain(Exception):
    """The page has something pdfium's objects would not give as pdfminer's."""


def fast_document(data: bytes) -> Any | None:
    """The document as pdfium reads it, when ``ENV`` asks for pdfium; None when it does not,
    or where pdfium cannot read it (pdfminer says why)."""
    if os.environ.get(ENV, "").strip().lower() != PDFIUM:
        return None
    try:
        import pypdfium2
    except ImportError:
        return None
    try:
        return pypdfium2.PdfDocument(data)
    except Exception:  # pypdfium2.PdfiumError, or anything a damaged file makes it meet
        return None


def page_objects(document: Any, page: Any) -> dict[str, list[dict[str, Any]]] | None:
    """pdfplumber's ``page.objects`` for ``page`` (a pdfplumber page), from pdfium's reading
    of the same page of ``document``; None where they could differ from pdfminer's."""
    if page.rotation or tuple(page.mediabox) != tuple(page.cropbox) or tuple(page.mediabox[:2]) != (0, 0):
        return None
    if _vertical_fonts(page):
        return None
    import pypdfium2.raw as pdfium

    read = document[page.page_number - 1]
    try:
        if any(True for _ in read.get_objects(filter=[pdfium.FPDF_PAGEOBJ_FORM], max_depth=0)):
            return None
        chars = _chars(pdfium, read, page)
        return {"char": chars, **_paths(pdfium, read, page)}
    except _NotPlain:
        return None
    finally:
        read.close()


def _vertical_fonts(page: Any) -> bool:
    """Whether a font of the page may write vertically (an -V CMap, or one embedded)."""
    from pdfminer.pdftypes import resolve1
    from pdfminer.psparser import PSLiteral

    resources = resolve1(page.page_obj.resources) or {}
    fonts = resolve1(resources.get("Font")) or {}
    for font in fonts.values():
        encoding = resolve1((resolve1(font) or {}).get("Encoding"))
        if encoding is not None and not (isinstance(encoding, PSLiteral) and not str(encoding.name).endswith("-V")):
            return True
    return False


def _chars(pdfium: Any, read: Any, page: Any) -> list[dict[str, Any]]:
    text = read.get_textpage()
    chars = []
    name = ctypes.create_string_buffer(256)
    flags = ctypes.c_int()
    try:
        for index in range(text.count_chars()):
            if pdfium.FPDFText_IsGenerated(text.raw, index) == 1:
                continue  # a space or line break pdfium adds: pdfminer has none
            code = pdfium.FPDFText_GetUnicode(text.raw, index)
            if code in (0, 0xFFFD, 0xFFFE) or 0xD800 <= code <= 0xDFFF or 0xE000 <= code <= 0xF8FF:
                raise _NotPlain  # unmapped, or beyond what one code unit says: pdfminer judges it
            chars.append(_char(pdfium, text, index, chr(code), name, flags, page))
    finally:
        text.close()
    return chars


def _char(pdfium: Any, text: Any, index: int, char: str, name: Any, flags: Any, page: Any) -> dict[str, Any]:
    """A character as pdfminer boxes it: its advance wide, its size high from the font's descent."""
    matrix = pdfium.FS_MATRIX()
    pdfium.FPDFText_GetMatrix(text.raw, index, matrix)
    if matrix.b or matrix.c or matrix.a <= 0 or matrix.d <= 0:
        raise _NotPlain  # rotated, skewed or mirrored text: pdfminer's upright and boxes differ
    box = pdfium.FS_RECTF()
    pdfium.FPDFText_GetLooseCharBox(text.raw, index, box)
    x, y = ctypes.c_double(), ctypes.c_double()
    pdfium.FPDFText_GetCharOrigin(text.raw, index, x, y)
    size = pdfium.FPDFText_GetFontSize(text.raw, index) * matrix.d
    descent = ctypes.c_float()
    pdfium.FPDFFont_GetDescent(pdfium.FPDFTextObj_GetFont(pdfium.FPDFText_GetTextObject(text.raw, index)), 1.0, descent)
    pdfium.FPDFText_GetFontInfo(text.raw, index, name, len(name), flags)
    x0, x1 = box.left, box.right
    y0 = y.value + descent.value * size
    y1 = y0 + size
    return {
        "object_type": "char",
        "page_number": page.page_number,
        "text": char,
        "fontname": name.value.decode("utf-8", "replace"),
        "size": size,
        "adv": x1 - x0,
        "upright": True,
        "x0": x0,
        "x1": x1,
        "y0": y0,
        "y1": y1,
        "width": x1 - x0,
        "height": size,
        "top": page.height - y1,
        "bottom": page.height - y0,
        "doctop": page.initial_doctop + page.height - y1,
        "matrix": (matrix.a, 0.0, 0.0, matrix.d, x.value, y.value),
    }


def _paths(pdfium: Any, read: Any, page: Any) -> dict[str, list[dict[str, Any]]]:
    """The page's rectangles and lines, as pdfminer makes them of each subpath painted."""
    found: dict[str, list[dict[str, Any]]] = {"rect": [], "line": []}
    for drawing in read.get_objects(filter=[pdfium.FPDF_PAGEOBJ_PATH], max_depth=0):
        handle = drawing.raw
        fill, stroke = ctypes.c_int(), ctypes.c_int()
        pdfium.FPDFPath_GetDrawMode(handle, fill, stroke)
        matrix = pdfium.FS_MATRIX()
        pdfium.FPDFPageObj_GetMatrix(handle, matrix)
        subpath: list[tuple[str, tuple[float, float]]] = []
        for index in range(pdfium.FPDFPath_CountSegments(handle)):
            segment = pdfium.FPDFPath_GetPathSegment(handle, index)
            kind = pdfium.FPDFPathSegment_GetType(segment)
            if kind not in (pdfium.FPDF_SEGMENT_MOVETO, pdfium.FPDF_SEGMENT_LINETO):
                raise _NotPlain  # a curve: pdfminer keeps its control points apart
            px, py = ctypes.c_float(), ctypes.c_float()
            pdfium.FPDFPathSegment_GetPoint(segment, px, py)
            point = (
                round(matrix.a * px.value + matrix.c * py.value + matrix.e, DIGITS),
                round(matrix.b * px.value + matrix.d * py.value + matrix.f, DIGITS),
            )
            if kind == pdfium.FPDF_SEGMENT_MOVETO and subpath:
                _painted(found, subpath, bool(stroke.value), bool(fill.value), page)
                subpath = []
            subpath.append(("m" if kind == pdfium.FPDF_SEGMENT_MOVETO else "l", point))
            if pdfium.FPDFPathSegment_GetClose(segment):
                subpath.append(("h", subpath[0][1]))
        if subpath:
            _painted(found, subpath, bool(stroke.value), bool(fill.value), page)
    return found


def _painted(found: dict[str, list[dict[str, Any]]], path: list, stroke: bool, fill: bool, page: Any) -> None:
    shape = "".join(op for op, _ in path)
    points = [point for _, point in path]
    if len(shape) > 3 and shape[-2:] == "lh" and points[-2] == points[0]:
        shape = shape[:-2] + "h"  # a redundant line back to the start, as pdfminer drops it
        points.pop()
    if shape in ("ml", "mlh"):
        kind = "line"
    elif shape in ("mlllh", "mllll") and points[4] == points[0] and _rectangle(points[:4]):
        kind = "rect"
    else:
        raise _NotPlain  # pdfminer's curve, which this module does not make
    xs, ys = [x for x, _ in points], [y for _, y in points]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    found[kind].append(
        {
            "object_type": kind,
            "page_number": page.page_number,
            "x0": x0,
            "x1": x1,
            "y0": y0,
            "y1": y1,
            "width": x1 - x0,
            "height": y1 - y0,
            "top": page.height - y1,
            "bottom": page.height - y0,
            "doctop": page.initial_doctop + page.height - y1,
            "stroke": stroke,
            "fill": fill,
            "pts": [(x, page.height - y) for x, y in points],
        }
    )


def _rectangle(corners: list[tuple[float, float]]) -> bool:
    (ax, ay), (bx, by), (cx, cy), (dx, dy) = corners
    return (ax == bx and by == cy and cx == dx and dy == ay) or (ay == by and bx == cx and cy == dy and dx == ax)
