"""Builders of hostile files (after ../shared/hostile), sized by their arguments: small in
the tests, full size in bench/hostile.py. Each returns the file's bytes."""

from __future__ import annotations

import io
import struct
import tracemalloc
import zipfile
import zlib
from pathlib import Path

from linter import readers
from linter.readers.source import Source, Unreadable

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
REPORT_LINES = ("某县人民政府2023年政府信息公开工作年度报告", "一、总体情况", "内容")


def read_as(folder: Path, suffix: str, data: bytes) -> Source | Unreadable:
    """``data`` written to a report file in ``folder`` and read as users' files are."""
    path = folder / ("report" + suffix)
    path.write_bytes(data)
    return readers.read(path)


def read_with_peak(folder: Path, suffix: str, data: bytes) -> tuple[Source | Unreadable, int]:
    """``read_as``, and the peak of memory Python allocated while reading."""
    tracemalloc.start()
    try:
        result = read_as(folder, suffix, data)
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


# -- Word -------------------------------------------------------------------------------------------


def base_docx(paragraphs: tuple[str, ...] = REPORT_LINES) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def rewrite(data: bytes, replace: dict[str, bytes] | None = None, drop: tuple[str, ...] = ()) -> bytes:
    """``data``, a zip archive, with members replaced or dropped."""
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename not in drop:
                target.writestr(info.filename, (replace or {}).get(info.filename, source.read(info.filename)))
    return out.getvalue()


def amplified_numbering(paragraphs: int, repeats: int) -> bytes:
    """Numbering whose label is ``%1`` × ``repeats`` at counter 1000, on ``paragraphs`` paragraphs (amp.py)."""
    base = base_docx()
    document = zipfile.ZipFile(io.BytesIO(base)).read("word/document.xml").decode()
    numbering = (
        f'<?xml version="1.0"?><w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">'
        f'<w:start w:val="1000"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="{"%1" * repeats}"/></w:lvl>'
        '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    )
    numbered = '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:p>' * paragraphs
    document = document.replace("<w:body>", "<w:body>" + numbered, 1)
    return rewrite(base, {"word/numbering.xml": numbering.encode(), "word/document.xml": document.encode()})


def lying_document(inflated: int) -> bytes:
    """A .docx whose document.xml declares 1000 bytes more than its head but inflates to
    ``inflated`` bytes more (lyingbomb.py); the declared size's CRC is right."""
    base = base_docx()
    head, tail = zipfile.ZipFile(io.BytesIO(base)).read("word/document.xml").split(b"<w:body>", 1)
    head += b"<w:body>"
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    parts = [compressor.compress(head)]
    chunk = b" " * (1 << 22)
    for start in range(0, inflated, len(chunk)):
        parts.append(compressor.compress(chunk[: min(len(chunk), inflated - start)]))
    parts += [compressor.compress(tail), compressor.flush()]
    members = [(name, data, len(data)) for name, data in _members(rewrite(base, drop=("word/document.xml",)))]
    members.append(("word/document.xml", head + b" " * 1000, len(head) + 1000))
    return _raw_zip(members, {"word/document.xml": b"".join(parts)})


def without_numbering() -> bytes:
    """A .docx without a numbering part, as Word saves a document without lists."""
    base = base_docx()
    archive = zipfile.ZipFile(io.BytesIO(base))
    rels = archive.read("word/_rels/document.xml.rels").decode()
    start = rels.rindex("<Relationship", 0, rels.index('numbering.xml"'))
    rels = rels[:start] + rels[rels.index("/>", start) + 2 :]
    types = archive.read("[Content_Types].xml").decode()
    start = types.rindex("<Override", 0, types.index("/word/numbering.xml"))
    types = types[:start] + types[types.index("/>", start) + 2 :]
    replaced = {"word/_rels/document.xml.rels": rels.encode(), "[Content_Types].xml": types.encode()}
    return rewrite(base, replaced, drop=("word/numbering.xml",))


def _members(data: bytes) -> list[tuple[str, bytes]]:
    archive = zipfile.ZipFile(io.BytesIO(data))
    return [(info.filename, archive.read(info.filename)) for info in archive.infolist()]


def _raw_zip(members: list[tuple[str, bytes, int]], compressed: dict[str, bytes]) -> bytes:
    """A zip of ``(name, bytes the CRC is of, declared size)``, deflated, or as ``compressed`` gives."""
    out, central = io.BytesIO(), []
    for name, data, declared in members:
        if name in compressed:
            body = compressed[name]
        else:
            compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
            body = compressor.compress(data) + compressor.flush()
        crc, offset, encoded = zlib.crc32(data) & 0xFFFFFFFF, out.tell(), name.encode()
        sizes = (crc, len(body), declared, len(encoded))
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, *sizes, 0) + encoded + body)
        central.append(
            struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, *sizes, 0, 0, 0, 0, 0, offset)
            + encoded
        )
    directory, start = b"".join(central), out.tell()
    out.write(directory)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), len(directory), start, 0))
    return out.getvalue()


# -- PDF ---------------------------------------------------------------------------------------------

_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def raw_pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF of ``objects`` (numbered from 1) with a correct cross-reference table."""
    out, offsets = io.BytesIO(), []
    out.write(b"%PDF-1.4\n")
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    start = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    out.write(b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets))
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root {root} 0 R >>\nstartxref\n{start}\n%%EOF\n".encode())
    return out.getvalue()


def _stream(content: bytes, compress: bool = False) -> bytes:
    body = zlib.compress(content) if compress else content
    flate = b" /Filter /FlateDecode" if compress else b""
    return b"<< /Length %d%s >>\nstream\n%s\nendstream" % (len(body), flate, body)


def _page(contents: int, font: int) -> bytes:
    return (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
        b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (contents, font)
    )


def reference_loop() -> bytes:
    """A page whose MediaBox is a reference to a reference to itself (loop.pdf)."""
    return raw_pdf(
        [
            b"<</Type/Catalog/Pages 2 0 R>>",
            b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
            b"<</Type/Page/Parent 2 0 R/MediaBox 4 0 R>>",
            b"5 0 R",
            b"4 0 R",
        ]
    )


def flate_bomb(inflated: int) -> bytes:
    """A page whose content stream inflates to ``inflated`` bytes (bomb.pdf)."""
    compressor = zlib.compressobj(9)
    parts = [compressor.compress(b"BT /F1 12 Tf 50 700 Td (report text) Tj ET\n")]
    chunk = b" " * (1 << 22)
    for start in range(0, inflated, len(chunk)):
        parts.append(compressor.compress(chunk[: min(len(chunk), inflated - start)]))
    body = b"".join(parts) + compressor.flush()
    content = b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(body), body)
    pages = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
    return raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", pages, _page(4, 5), content, _FONT])


def many_pages(count: int) -> bytes:
    """``count`` pages sharing one content stream."""
    kids = b" ".join(b"%d 0 R" % (number + 5) for number in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
        _stream(b"BT /F1 12 Tf 50 700 Td (page) Tj ET"),
        _FONT,
    ]
    objects += [_page(3, 4)] * count
    return raw_pdf(objects)


def ruled_grid(columns: int, rows: int) -> bytes:
    """One page ruled into ``columns`` × ``rows`` rectangles, a digit in each."""
    width, height = 560 / columns, 740 / rows
    drawn, text = [], []
    for row in range(rows):
        for column in range(columns):
            x, y = 26 + column * width, 26 + row * height
            drawn.append(b"%.2f %.2f %.2f %.2f re" % (x, y, width, height))
            text.append(b"BT /F1 3 Tf %.2f %.2f Td (%d) Tj ET" % (x + 0.5, y + 0.5, (row + column) % 10))
    content = b"0.2 w\n" + b"\n".join(drawn) + b"\nS\n" + b"\n".join(text)
    pages = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
    return raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", pages, _page(4, 5), _stream(content, True), _FONT])


# -- HTML --------------------------------------------------------------------------------------------

METADATA_TABLE = "<table><tr><td>索引号</td><td>123</td></tr><tr><td>发布机构</td><td>某县人民政府</td></tr></table>"


def deep_html(levels: int, closed: bool = True) -> bytes:
    """The report's lines around text nested ``levels`` deep: in <div>s, or in <font>s never closed."""
    first, *rest = REPORT_LINES
    inner = "<div>" * levels + rest[0] + "</div>" * levels if closed else "<font>" * levels + rest[0]
    return f"<html><body><p>{first}</p>{inner}<p>{rest[1]}</p></body></html>".encode()


def control_after_metadata(control: str = "\x0b") -> bytes:
    """A metadata table followed by a control character."""
    return f"<html><body>{METADATA_TABLE}{control}<p>{REPORT_LINES[1]}</p></body></html>".encode()


def two_declarations() -> bytes:
    """Two XML declarations, the second naming an encoding."""
    return (
        f'<?xml version="1.0"?><?xml version="1.0" encoding="utf-8"?><html><body><p>{REPORT_LINES[1]}</p></body></html>'
    ).encode()
