""".doc and .wps files: converted by LibreOffice and read as the .docx they become."""

from __future__ import annotations

import re

import pytest

from linter import readers
from linter.readers import office
from linter.run.engine import Linter

from .helpers import CORPUS, needs_corpus
from .word_documents import libreoffice_convert, saved

docx = pytest.importorskip("docx")
needs_libreoffice = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice is not installed")
CORPUS_REPORT = "2024-huaian-city.txt"


def as_word(text: str):
    """A report text as a Word document: a paragraph per line, tab-separated rows as tables."""
    document = docx.Document()
    rows: list[list[str]] = []
    for line in re.sub(r"[\x00-\x08\x0b-\x1f]", "", text).split("\n") + [""]:
        if "\t" in line:
            rows.append(line.split("\t"))
            continue
        if rows:
            table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            for cells, row in zip(table.rows, rows):
                for cell, value in zip(cells.cells, row):
                    cell.text = value
            rows = []
        if line:
            document.add_paragraph(line)
    return document


def to_doc(docx_path, folder):
    """The .docx converted to Word 97-2003 by LibreOffice itself."""
    return libreoffice_convert(docx_path, "doc", folder)


def test_libreoffices_numbering_of_chinese_headings_is_read_as_chinese(tmp_path):
    from . import report_formats

    converted = report_formats.to_docx().replace(b"chineseCounting", b"taiwaneseCountingThousand")
    path = tmp_path / "report.docx"
    path.write_bytes(converted)
    assert "一、总体情况\n" in readers.read(path).text


def summary(findings):
    return [(f.rule, f.span.line, f.span.column, f.message, f.location) for f in findings]


@needs_libreoffice
@needs_corpus
def test_a_doc_made_by_libreoffice_from_a_corpus_report_gives_the_findings_of_the_docx(tmp_path):
    original = tmp_path / "report.docx"
    original.write_bytes(saved(as_word((CORPUS / CORPUS_REPORT).read_text(encoding="utf-8"))))
    legacy = to_doc(original, tmp_path / "converted")
    assert legacy.read_bytes().startswith(office.OLE_MAGIC)
    linter = Linter.default()
    from_docx, from_doc = linter.lint_path(original), linter.lint_path(legacy)
    assert from_doc and summary(from_doc) == summary(from_docx)
    assert readers.read(legacy).text == readers.read(original).text
    kingsoft = tmp_path / "report.wps"  # WPS's .wps is Word's binary format under its own name
    kingsoft.write_bytes(legacy.read_bytes())
    assert summary(linter.lint_path(kingsoft)) == summary(from_docx)


@needs_libreoffice
def test_an_ole_file_libreoffice_cannot_convert_is_gk001_saying_so(tmp_path):
    path = tmp_path / "report.wps"
    path.write_bytes(office.OLE_MAGIC + bytes(600))
    unreadable = readers.read(path)
    assert unreadable.reason == "conversion-failed"
    finding = Linter.default().lint_source(unreadable)[0]
    assert finding.rule == "GK001" and "另存为 .docx" in finding.message


@needs_libreoffice
def test_a_doc_is_annotated_as_the_docx_it_converts_to(tmp_path):
    from click.testing import CliRunner

    from linter.cli import main

    from . import report_formats

    original = tmp_path / "report.docx"
    original.write_bytes(report_formats.to_docx())
    legacy = to_doc(original, tmp_path / "converted")
    before = legacy.read_bytes()
    copy = tmp_path / "report-检查.docx"
    result = CliRunner().invoke(main, ["check", "-q", str(legacy), "--annotate", str(copy)])
    assert result.exit_code == 1, result.output
    comments = [c for c in docx.Document(copy).comments if c.author == "xxgk-lint"]
    assert len(comments) == len(result.output.strip().splitlines()) == len(report_formats.FINDINGS)
    assert legacy.read_bytes() == before
