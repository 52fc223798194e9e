"""The pdfium reading of PDF pages (``XXGK_LINT_PDF_READER=pdfium``): the same findings as
pdfminer's on the corpus, pdfium used on the pages where its objects are pdfminer's, and
pdfminer on the others."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from linter.cli import main
from linter.readers import pdf, pdf_pdfium

from .helpers import CORPUS, needs_corpus

pytest.importorskip("pdfplumber")
pytest.importorskip("pypdfium2")


def _checked(path, monkeypatch, reader: str) -> str:
    monkeypatch.setenv(pdf_pdfium.ENV, reader)
    result = CliRunner().invoke(main, ["check", "--format", "json", str(path)])
    assert result.exit_code in (0, 1), result.output
    return result.stdout


@needs_corpus
@pytest.mark.parametrize("name", ["2023-hongze-district.pdf", "2024-hongze-district.pdf", "2024-huaian-city.pdf"])
def test_the_corpus_gives_the_same_findings_with_either_reader(name, monkeypatch):
    path = CORPUS / name
    assert _checked(path, monkeypatch, "pdfium") == _checked(path, monkeypatch, "pdfminer")


@needs_corpus
def test_pdfium_reads_the_plain_pages_and_pdfminer_the_one_written_vertically(monkeypatch):
    monkeypatch.setenv(pdf_pdfium.ENV, "pdfium")
    read_by_pdfium = []

    def page_objects(document, page):
        objects = pdf_pdfium.page_objects(document, page)
        read_by_pdfium.append(objects is not None)
        return objects

    monkeypatch.setattr(pdf, "page_objects", page_objects)
    path = CORPUS / "2024-hongze-district.pdf"
    pdf.read(path, path.read_bytes())
    # Page 3's table has a cell written top to bottom (a -V font): pdfminer's boxes, not pdfium's.
    assert read_by_pdfium == [True, True, False, True, True]


def test_without_the_setting_pdfium_is_not_used(monkeypatch):
    monkeypatch.delenv(pdf_pdfium.ENV, raising=False)
    assert pdf_pdfium.fast_document(b"%PDF-1.4 whatever") is None
    monkeypatch.setenv(pdf_pdfium.ENV, "pdfium")
    assert pdf_pdfium.fast_document(b"not a PDF at all") is None  # pdfium cannot: pdfminer says why
