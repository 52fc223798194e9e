"""Reading PDFs: text and ruled tables, and PDFs whose text cannot be trusted or read."""

import io
import sys

import pytest

from linter import readers
from linter.readers import pdf
from linter.readers.source import Place, Unreadable
from linter.run.engine import Linter

from . import report_formats

pytest.importorskip("pdfplumber")
canvas = pytest.importorskip("reportlab.pdfgen.canvas")
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402

FONT = "STSong-Light"


def drawn(draw, **options) -> bytes:
    """A one-page PDF drawn by ``draw(canvas)``."""
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    stream = io.BytesIO()
    page = canvas.Canvas(stream, **options)
    draw(page)
    page.showPage()
    page.save()
    return stream.getvalue()


def read(tmp_path, data: bytes):
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    return readers.read(path)


def lines_of_text(page):
    page.setFont(FONT, 12)
    for n, line in enumerate(["某某县教育局2023年政府信息公开工作年度报告", "一、总体情况", "正文第一段。"]):
        page.drawString(72, 760 - 24 * n, line)


def test_lines_of_text_with_their_page_and_line(tmp_path):
    source = read(tmp_path, drawn(lines_of_text))
    assert source.text.splitlines() == ["某某县教育局2023年政府信息公开工作年度报告", "一、总体情况", "正文第一段。"]
    assert source.places == tuple(Place(page=1, page_line=n) for n in (1, 2, 3))


def test_background_rectangles_are_not_table_rules(tmp_path):
    """WPS draws a white rectangle behind every line of text: no table."""

    def backgrounds(page):
        page.setFillColorRGB(1, 1, 1)
        for n in range(3):
            page.rect(70, 754 - 24 * n, 400, 24, stroke=0, fill=1)
        page.setFillColorRGB(0, 0, 0)
        lines_of_text(page)

    source = read(tmp_path, drawn(backgrounds))
    assert source.text.splitlines() == ["某某县教育局2023年政府信息公开工作年度报告", "一、总体情况", "正文第一段。"]
    assert not any(place.table for place in source.places)


def test_a_ruled_table_is_grid_rows(tmp_path):
    def table(page):
        page.setFont(FONT, 10)
        for y in (700, 680, 660):
            page.line(72, y, 372, y)
        for x in (72, 172, 272, 372):
            page.line(x, 660, x, 700)
        for x, text in ((76, "信息内容"), (176, "本年制发件数"), (276, "现行有效件数")):
            page.drawString(x, 686, text)
        for x, text in ((76, "规章"), (176, "0"), (276, "3")):
            page.drawString(x, 666, text)

    source = read(tmp_path, drawn(table))
    assert source.text.splitlines() == ["信息内容\t本年制发件数\t现行有效件数", "规章\t0\t3"]
    assert source.places == (Place(page=1, table=1, row=1), Place(page=1, table=1, row=2))


def test_a_pdf_without_text_is_a_scan_we_cannot_check(tmp_path):
    def picture(page):
        page.rect(72, 72, 400, 600, fill=1)

    unreadable = read(tmp_path, drawn(picture))
    assert unreadable.reason == "pdf-no-text"
    assert Linter.default().lint_source(unreadable)[0].message.startswith("PDF 中没有文字（可能是扫描件）")


@pytest.mark.parametrize(
    "text, problem",
    [
        ("一、总体情况" * 10, None),
        ("一、总体情况" * 10 + "(cid:12)", None),  # one unmapped character in 61
        ("(cid:1)(cid:2)(cid:3)二、" * 10, ("pdf-garbled", "60%")),
        ("\ufffd\ufffd正文" * 10, ("pdf-garbled", "50%")),
        ("\ue001\ue002正文内容" * 10, ("pdf-garbled", "33%")),
        ("- 1 -\n", ("pdf-no-text", "")),
    ],
)
def test_a_text_layer_of_unmapped_characters_is_not_linted(text, problem):
    assert pdf.text_layer_problem(text) == problem


def test_damaged_and_encrypted_pdfs(tmp_path):
    assert read(tmp_path, b"%PDF-1.4\n%garbage\n").reason == "damaged"
    assert read(tmp_path, b"").reason == "damaged"
    assert read(tmp_path, drawn(lines_of_text)[:400]).reason == "damaged"
    from reportlab.lib.pdfencrypt import StandardEncryption

    locked = drawn(lines_of_text, encrypt=StandardEncryption("user-password", "owner-password"))
    assert read(tmp_path, locked).reason == "encrypted"


def test_too_many_pages(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf, "MAX_PAGES", 1)
    assert read(tmp_path, report_formats.to_pdf()) == Unreadable(
        str(tmp_path / "report.pdf"), "too-many-pages", "2 > 1"
    )


def test_without_the_pdf_extra_a_pdf_is_gk001_naming_it(tmp_path, monkeypatch):
    from linter.readers.install import install_command

    monkeypatch.setitem(sys.modules, "pdfplumber", None)
    unreadable = read(tmp_path, b"%PDF-1.4")
    command = install_command("pdf")
    assert unreadable == Unreadable(str(tmp_path / "report.pdf"), "missing-extra", command)
    finding = Linter.default(lang="en").lint_source(unreadable)[0]
    assert finding.message == f"Reading files of this format needs an optional component: {command}"
