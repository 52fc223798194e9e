"""``check --annotate``: the reviewed copy of a drafter's Word file (issue 14's done-when)."""

from __future__ import annotations

import copy
import json

import pytest
from click.testing import CliRunner

from linter import readers
from linter.cli import main
from linter.readers import office

from . import report_formats
from .word_documents import NS, W, change, libreoffice_convert, saved

docx = pytest.importorskip("docx")

FIFTH = "五、存在的主要问题及改进情况\n一是公开内容不够全面。下一步将加强培训。\n"
# Six parts, a tracked deletion whose text would be GK109 again, a tracked insertion that
# names the platform (GK108 goes), a reviewer's comment, a wrong cell in table 三 (GK203).
REPORT = report_formats.REPORT.replace("六、其他需要报告的事项", FIFTH + "六、其他需要报告的事项").replace(
    "一、本年新收政府信息公开申请数量{1,3}|||6|0|", "一、本年新收政府信息公开申请数量{1,3}|||6|1|"
)


def reviewed_report():
    """The report as a clerk's Word file under review."""
    document = docx.Document(__import__("io").BytesIO(report_formats.to_docx(REPORT)))
    paragraphs = {p.text: p for p in document.paragraphs}
    management = next(p for t, p in paragraphs.items() if t.startswith("（三）政府信息管理"))
    management._p.append(change("del", "全年答复申请均在15个工作日内。", 101))
    supervision = next(p for t, p in paragraphs.items() if t.startswith("(四) 监督保障"))
    supervision._p.append(change("ins", "加强政府网站平台建设。", 102))
    title = document.paragraphs[0]
    document.add_comment(title.runs, "请核对标题。", "科长", "KZ")
    return saved(document)


def lint(path, *options):
    result = CliRunner().invoke(main, ["check", "--format", "json", "-q", str(path), *options])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def annotated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("annotate")
    original = folder / "报告.docx"
    original.write_bytes(reviewed_report())
    before = original.read_bytes()
    findings = lint(original, "--annotate", str(folder / "报告-检查.docx"))
    assert original.read_bytes() == before
    return folder, findings


def ours(document):
    return [c for c in document.comments if c.author == "xxgk-lint"]


def test_the_tracked_changes_under_review_are_read_accepted(annotated):
    _, findings = annotated
    rules = [f["rule"] for f in findings]
    assert rules.count("GK109") == 1  # the deleted 15个工作日 is not read
    assert "GK108" not in rules  # the inserted 平台建设 is
    assert "GK101" not in rules and "GK203" in rules


def test_every_finding_is_one_comment_by_xxgk_lint_with_message_basis_and_rule(annotated):
    folder, findings = annotated
    document = docx.Document(folder / "报告-检查.docx")
    comments = ours(document)
    assert len(comments) == len(findings)
    texts = sorted(c.text for c in comments)
    for finding in findings:
        match = [t for t in texts if finding["rule"] in t and finding["message"] in t and finding["basis"] in t]
        assert match, finding
        texts.remove(match[0])
    assert [c.text for c in document.comments if c.author == "科长"] == ["请核对标题。"]


def _anchored_text(document, comment_id):
    """The text of the paragraph or cell where the comment's range starts, as it was
    before xxgk-lint's changes."""
    start = document.element.body.xpath(f'.//w:commentRangeStart[@w:id="{comment_id}"]')[0]
    cells = list(start.iterancestors(f"{{{W}}}tc"))
    holder = cells[0] if cells else start.getparent()
    before = './/w:t[not(ancestor::w:ins[@w:author="xxgk-lint"])]/text() | .//w:delText/text()'
    return "".join(__import__("lxml.etree").etree.XPath(before, namespaces=NS)(holder))


def test_each_comment_is_at_the_paragraph_or_cell_of_its_finding(annotated):
    folder, findings = annotated
    document = docx.Document(folder / "报告-检查.docx")
    lines = readers.read(folder / "报告.docx").lines()
    anchored = sorted(_anchored_text(document, c.comment_id) for c in ours(document))
    expected = []
    for finding in findings:
        line = lines[finding["line"] - 1]
        if "\t" in line:  # a table row: the cell the finding starts in
            expected.append(line.split("\t")[line[: finding["column"] - 1].count("\t")])
        else:  # the paragraph, without the number Word writes before it
            paragraph = max((a for a in anchored if a in line), key=len)
            expected.append(paragraph)
    assert anchored == sorted(expected)
    cells = [f for f in findings if f["location"].startswith("表")]
    assert {f["rule"] for f in cells} == {"GK203", "GK205"}
    assert cells[0]["location"] == "表三 第 4 行 “一、本年新收政府信息…” 第 3 列 “商业企业”"


def test_the_safe_fixes_are_tracked_changes_by_xxgk_lint_and_accepted_they_clear_the_findings(annotated):
    folder, findings = annotated
    xml = docx.Document(folder / "报告-检查.docx").element.body
    inserted = ["".join(i.xpath(".//w:t/text()", namespaces=NS)) for i in xml.xpath('.//w:ins[@w:author="xxgk-lint"]')]
    deleted = [
        "".join(d.xpath(".//w:delText/text()", namespaces=NS)) for d in xml.xpath('.//w:del[@w:author="xxgk-lint"]')
    ]
    assert sorted(inserted) == sorted(["（二）", "（四）", "政府信息公开行政复议、行政诉讼情况"])
    assert sorted(deleted) == sorted(["(二)", "(四)", "政府信息公开行政复议、行政诉公情况"])
    assert all(c.get(f"{{{W}}}date") for c in xml.xpath('.//w:ins[@w:author="xxgk-lint"]'))
    again = lint(folder / "报告-检查.docx")  # read with every change accepted
    fixed = {f["rule"] for f in findings if f["fix"]}
    assert fixed == {"GK104", "GK105"}
    assert not [f for f in again if f["rule"] in fixed]
    assert len(again) == len(findings) - 3


def _characters(body):
    """Each character of the body's text (deleted text too) with its run's formatting."""
    result = []
    for text in body.iter(f"{{{W}}}t", f"{{{W}}}delText"):
        run = text.getparent()
        properties = run.find(f"{{{W}}}rPr")
        form = b"" if properties is None else __import__("lxml.etree").etree.tostring(properties)
        result += [(ch, form, text.tag) for ch in text.text or ""]
    return result


def test_the_copy_differs_only_by_the_comments_and_tracked_changes(annotated):
    folder, _ = annotated
    original = docx.Document(folder / "报告.docx").element.body
    body = copy.deepcopy(docx.Document(folder / "报告-检查.docx").element.body)
    for element in body.xpath('.//w:ins[@w:author="xxgk-lint"]'):
        element.getparent().remove(element)
    for element in body.xpath('.//w:del[@w:author="xxgk-lint"]'):
        for text in element.iter(f"{{{W}}}delText"):
            text.tag = f"{{{W}}}t"
    for element in body.xpath(".//w:commentRangeStart | .//w:commentRangeEnd | .//w:r[w:commentReference]"):
        element.getparent().remove(element)
    assert _characters(body) == _characters(original)


def test_annotating_refuses_what_it_cannot_do(tmp_path):
    report = tmp_path / "报告.docx"
    report.write_bytes(reviewed_report())
    before = report.read_bytes()
    text = tmp_path / "报告.txt"
    text.write_text("一、总体情况\n", encoding="utf-8")
    damaged = tmp_path / "损坏.docx"
    damaged.write_bytes(b"PK\x03\x04 not really a zip")
    cases = {
        "must not replace the file checked": [str(report), "--annotate", str(report)],
        "cannot annotate a file that cannot be read (damaged)": [str(damaged), "--annotate", str(tmp_path / "c.docx")],
        "needs exactly one Word file": [str(text), "--annotate", str(tmp_path / "c.docx")],
        "ending in .docx": [str(report), "--annotate", str(tmp_path / "c.doc")],
    }
    for message, arguments in cases.items():
        result = CliRunner().invoke(main, ["check", "-q", *arguments])
        assert result.exit_code == 2 and message in result.output, result.output
    assert report.read_bytes() == before


def test_a_document_without_paragraphs_gets_its_finding_on_a_new_empty_one(tmp_path):
    document = docx.Document()
    body = document.element.body
    for paragraph in body.findall(f"{{{W}}}p"):
        body.remove(paragraph)
    empty = tmp_path / "空.docx"
    empty.write_bytes(saved(document))
    findings = lint(empty, "--annotate", str(tmp_path / "空-检查.docx"))
    assert [f["rule"] for f in findings] == ["GK002"]
    assert len(ours(docx.Document(tmp_path / "空-检查.docx"))) == 1


needs_libreoffice = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice is not installed")


@needs_libreoffice
def test_the_copy_opens_in_libreoffice_with_the_comments(annotated, tmp_path):
    folder, findings = annotated
    pdf = _to_pdf(folder / "报告-检查.docx", tmp_path)
    notes = _pdf_notes(pdf)
    for finding in findings:
        assert any(finding["message"] in note for note in notes), finding


def _to_pdf(document, folder):
    export = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'
    return libreoffice_convert(document, export, folder)


def _pdf_notes(pdf):
    """The text of the PDF's note annotations, where LibreOffice puts Word comments."""
    import pdfplumber
    from pdfminer.pdftypes import resolve1

    notes = []
    with pdfplumber.open(pdf) as document:
        for page in document.pages:
            for reference in resolve1(page.page_obj.annots) or []:
                contents = resolve1(reference).get("Contents")
                if contents:
                    notes.append(contents.decode("utf-16") if contents[:2] == b"\xfe\xff" else contents.decode())
    return notes


def test_with_lang_en_the_comments_are_in_english(tmp_path):
    original = tmp_path / "report.docx"
    original.write_bytes(reviewed_report())
    findings = lint(original, "--lang", "en", "--annotate", str(tmp_path / "reviewed.docx"))
    comments = [c.text for c in ours(docx.Document(tmp_path / "reviewed.docx"))]
    assert len(comments) == len(findings) and all("\nBasis: " in c for c in comments)
    gk105 = next(c for c in comments if c.startswith("[GK105 "))
    assert "(fix: “（二）”)" in gk105 or "(fix: “（四）”)" in gk105
