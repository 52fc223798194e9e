"""The same report as .txt, GB18030 .txt, .docx, .html and .pdf: the same text, the same findings.

The files are built here from one report (``report_formats``), with Word tables whose
header cells are merged as in the national format, HTML tables with rowspan/colspan,
and a PDF typeset in a CJK CID font with ruled tables that run over a page break.
"""

import pytest

from linter import readers
from linter.run.engine import Linter

from . import report_formats

FILES = {
    "report.txt": lambda: report_formats.plain().encode("utf-8"),
    "report-gb18030.txt": lambda: report_formats.plain().encode("gb18030"),
    "report.docx": report_formats.to_docx,
    "report.html": report_formats.to_html,
    "report.pdf": report_formats.to_pdf,
}


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    folder = tmp_path_factory.mktemp("formats")
    for name, build in FILES.items():
        (folder / name).write_bytes(build())
    return folder


@pytest.mark.parametrize("name", FILES)
def test_every_format_gives_the_findings_of_the_text(written, name):
    findings = Linter.default().lint_path(written / name)
    found = {(f.rule, f.message) for f in findings}
    assert len(found) == len(report_formats.FINDINGS)
    for rule, start in report_formats.FINDINGS:
        assert any(r == rule and message.startswith(start) for r, message in found), (rule, start)
    assert found == {(f.rule, f.message) for f in Linter.default().lint_path(written / "report.txt")}
    assert all(bool(f.location) == (not name.endswith(".txt")) for f in findings)


@pytest.mark.parametrize("name", ["report.docx", "report.html"])
def test_word_and_html_give_the_text_of_the_text_file(written, name):
    """Tables as grid rows with merged cells expanded, Word's automatic 一、二、
    numbering written out, the page's chrome and metadata left out."""
    assert readers.read(written / name).text == report_formats.plain()


def test_pdf_gives_the_tables_and_the_words_of_the_text_file(written):
    """Paragraphs come wrapped as the page wraps them; table rows are the grid rows,
    the application table's too, though a page break cuts it where the part before the
    break has no line between its first three columns."""
    source = readers.read(written / "report.pdf")
    assert _rows_and_words(source.text) == _rows_and_words(report_formats.plain())
    cut = [
        (a.page, b.page) for a, b in zip(source.places, source.places[1:]) if a.table and b.table and a.page != b.page
    ]
    assert cut == [(1, 2)], "the application table should run over the page break"


def _rows_and_words(text: str) -> tuple[list[str], str]:
    lines = text.splitlines()
    return [line for line in lines if "\t" in line], "".join(line for line in lines if "\t" not in line)
