"""Reading Word documents: paragraphs, numbering, tables, and files that are not what they say."""

import io
import sys
import zipfile

import pytest

from linter import readers
from linter.readers import docx_numbering, office
from linter.readers.docx_archive import MAX_UNPACKED
from linter.readers.source import Place, Unreadable
from linter.run.engine import Linter

docx = pytest.importorskip("docx")
from docx.oxml import parse_xml  # noqa: E402

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NUMBERING = f"""<w:abstractNum {W} w:abstractNumId="77">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
  <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%4"/><w:suff w:val="nothing"/></w:lvl>
</w:abstractNum>"""


def document():
    """A blank document with list 77 (一、（一）1. ①) as numIds 70 and 71, 71 restarting it."""
    doc = docx.Document()
    numbering = doc.part.numbering_part.element
    numbering.insert(0, parse_xml(NUMBERING))
    numbering.append(parse_xml(f'<w:num {W} w:numId="70"><w:abstractNumId w:val="77"/></w:num>'))
    numbering.append(
        parse_xml(
            f'<w:num {W} w:numId="71"><w:abstractNumId w:val="77"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        )
    )
    return doc


def numbered(doc, text, level, num_id=70):
    paragraph = doc.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )
    return paragraph


def body_xml(doc, xml):
    doc.element.body.insert(
        len(doc.element.body) - 1,
        parse_xml(xml.replace("<w:p>", f"<w:p {W}>", 1).replace("<w:tbl>", f"<w:tbl {W}>", 1)),
    )


def read(tmp_path, doc_or_bytes, name="report.docx"):
    path = tmp_path / name
    if isinstance(doc_or_bytes, bytes):
        path.write_bytes(doc_or_bytes)
    else:
        doc_or_bytes.save(path)
    return readers.read(path)


def test_automatic_numbering_is_written_out_as_word_shows_it(tmp_path):
    doc = document()
    for text, level in [("总体情况", 0), ("主动公开", 1), ("依申请公开", 1), ("第一项", 2), ("第二项", 2), ("要点", 3)]:
        numbered(doc, text, level)
    numbered(doc, "主动公开政府信息情况", 0)
    numbered(doc, "规章", 1)  # level 1 restarts after level 0 moved on
    numbered(doc, "新的列表", 0, num_id=71)  # a list that restarts numbering
    numbered(doc, "不编号", 0, num_id=0)
    numbered(doc, "未定义的列表", 0, num_id=99)
    assert read(tmp_path, doc).text.splitlines() == [
        "一、总体情况",
        "（一）主动公开",
        "（二）依申请公开",
        "1. 第一项",
        "2. 第二项",
        "①要点",
        "二、主动公开政府信息情况",
        "（一）规章",
        "一、新的列表",
        "不编号",
        "未定义的列表",
    ]


def test_numbering_given_by_the_paragraph_style(tmp_path):
    doc = document()
    styles = doc.styles.element
    styles.append(
        parse_xml(
            f'<w:style {W} w:type="paragraph" w:styleId="GK1"><w:name w:val="gk 1"/><w:pPr><w:numPr><w:numId w:val="70"/></w:numPr></w:pPr></w:style>'
        )
    )
    styles.append(
        parse_xml(
            f'<w:style {W} w:type="paragraph" w:styleId="GK1b"><w:name w:val="gk 1b"/><w:basedOn w:val="GK1"/></w:style>'
        )
    )
    doc.add_paragraph("总体情况", style="gk 1")
    doc.add_paragraph("主动公开政府信息情况", style="gk 1b")
    assert read(tmp_path, doc).text.splitlines() == ["一、总体情况", "二、主动公开政府信息情况"]


@pytest.mark.parametrize(
    "number_format, values, shown",
    [
        ("chineseCountingThousand", [1, 10, 11, 21], ["一", "十", "十一", "二十一"]),
        ("chineseLegalSimplified", [1, 12], ["壹", "拾贰"]),
        ("ideographTraditional", [1, 4], ["甲", "丁"]),
        ("ideographDigital", [2023], ["二〇二三"]),
        ("decimalEnclosedParen", [3], ["⑶"]),
        ("decimalFullWidth", [12], ["１２"]),
        ("lowerLetter", [1, 27], ["a", "aa"]),
        ("upperRoman", [4, 14], ["IV", "XIV"]),
        ("decimalZero", [7], ["07"]),
        ("bullet", [1], [""]),
        ("someFutureFormat", [5], ["5"]),
    ],
)
def test_number_formats(number_format, values, shown):
    assert [docx_numbering.number_format(value, number_format) for value in values] == shown


def test_what_word_shows_of_a_paragraph(tmp_path):
    doc = docx.Document()
    body_xml(
        doc,
        "<w:p><w:r><w:t>一、</w:t><w:tab/><w:t>总体情况</w:t><w:br/><w:t>第二行</w:t></w:r>"
        "<w:del><w:r><w:delText>删去的</w:delText></w:r></w:del>"
        "<w:ins><w:r><w:t>插入的</w:t></w:r></w:ins>"
        "<w:r><w:fldChar w:fldCharType='begin'/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType='separate'/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType='end'/></w:r>"
        "<w:hyperlink><w:r><w:t>链接</w:t></w:r></w:hyperlink><w:r><w:t>完</w:t><w:noBreakHyphen/></w:r></w:p>",
    )
    source = read(tmp_path, doc)
    assert source.text.splitlines() == ["一、 总体情况", "第二行插入的1链接完-"]
    assert source.places == (Place(paragraph=1), Place(paragraph=1))


def test_paragraphs_are_counted_with_empty_ones_and_tables_have_rows(tmp_path):
    doc = docx.Document()
    doc.add_paragraph("标题")
    doc.add_paragraph("")
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "信息内容", "本年制发件数"
    table.cell(1, 0).text, table.cell(1, 1).text = "规章", "0"
    doc.add_paragraph("正文")
    source = read(tmp_path, doc)
    assert source.text.splitlines() == ["标题", "信息内容\t本年制发件数", "规章\t0", "正文"]
    assert source.places == (
        Place(paragraph=1),
        Place(table=1, row=1, cells=(1, 2)),
        Place(table=1, row=2, cells=(1, 2)),
        Place(paragraph=3),
    )


def test_merged_cells_and_rows_that_start_late_fill_the_grid(tmp_path):
    doc = docx.Document()
    body_xml(
        doc,
        "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
        "<w:tr><w:tc><w:tcPr><w:vMerge w:val='restart'/></w:tcPr><w:p><w:r><w:t>三、</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:tcPr><w:gridSpan w:val='2'/></w:tcPr><w:p><w:r><w:t>（一）予以公开</w:t></w:r></w:p></w:tc></w:tr>"
        "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>商业</w:t></w:r></w:p><w:p><w:r><w:t>企业</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>结果</w:t><w:br/><w:t>维持</w:t></w:r></w:p></w:tc></w:tr>"
        "<w:tr><w:trPr><w:gridBefore w:val='2'/></w:trPr><w:tc><w:p><w:r><w:t>5</w:t></w:r></w:p></w:tc></w:tr>"
        "<w:sdt><w:sdtContent><w:tr><w:tc><w:p><w:r><w:t>控件</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr></w:sdtContent></w:sdt>"
        "</w:tbl>",
    )
    assert read(tmp_path, doc).text.splitlines() == [
        "三、\t（一）予以公开\t",
        "\t商业企业\t结果维持",
        "\t\t5",
        "控件\t\t",
    ]


def test_a_one_column_table_frames_paragraphs(tmp_path):
    doc = docx.Document()
    frame = doc.add_table(rows=1, cols=1)
    frame.cell(0, 0).paragraphs[0].text = "一、总体情况"
    frame.cell(0, 0).add_paragraph("正文。")
    assert read(tmp_path, doc).text.splitlines() == ["一、总体情况", "正文。"]


def test_content_controls_are_read(tmp_path):
    doc = docx.Document()
    body_xml(
        doc,
        "<w:sdt><w:sdtContent><w:p><w:r><w:t>控件里的标题</w:t></w:r></w:p></w:sdtContent></w:sdt>".replace(
            "<w:sdt>", f"<w:sdt {W}>"
        ),
    )
    assert read(tmp_path, doc).text == "控件里的标题\n"


def test_a_file_that_is_no_zip_is_gk001_not_a_crash(tmp_path):
    assert read(tmp_path, b"plain text, not a Word file").reason == "damaged"
    assert read(tmp_path, b"").reason == "damaged"
    assert read(tmp_path, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500)).reason == "legacy-office"


def test_a_zip_that_is_no_word_document_is_damaged(tmp_path):
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w") as archive:
        archive.writestr("hello.txt", "hello")
    unreadable = read(tmp_path, stream.getvalue())
    assert unreadable.reason == "damaged"
    finding = Linter.default().lint_source(unreadable)[0]
    assert finding.rule == "GK001" and finding.message.startswith("文件已损坏，或内容与扩展名不符")


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            zeros = bytes(1 << 20)
            for _ in range(MAX_UNPACKED // len(zeros) + 1):
                member.write(zeros)
    data = stream.getvalue()
    assert len(data) < 1 << 20
    unreadable = read(tmp_path, data)
    assert unreadable.reason == "zip-bomb"
    assert "MB" in unreadable.detail


def test_external_entities_are_not_fetched(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-CONTENT", encoding="utf-8")
    doctype = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret}">]>'
    source = read(tmp_path, _with_document(doctype, "标题&xxe;"))
    assert source.text == "标题\n"


def test_an_entity_bomb_is_gk001_not_a_hang(tmp_path):
    laughs = "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10))
    result = read(tmp_path, _with_document(f'<!DOCTYPE w:document [<!ENTITY l0 "ha">{laughs}]>', "标题&l9;"))
    # libxml2 refuses the amplification (GK001) or, left unresolved, the entity adds nothing
    assert result.reason == "damaged" if isinstance(result, Unreadable) else result.text == "标题\n"


def test_a_doc_that_is_really_a_docx_is_read_and_without_libreoffice_a_binary_one_is_not(tmp_path, monkeypatch):
    assert read(tmp_path, _saved(_one_paragraph("一、总体情况")), "report.doc").text == "一、总体情况\n"
    monkeypatch.setattr(office, "soffice", lambda: None)
    unreadable = read(tmp_path, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "report.wps")
    assert unreadable.reason == "legacy-office"
    message = Linter.default(lang="en").lint_source(unreadable)[0].message
    assert "save it as .docx" in message and "install LibreOffice" in message


def test_without_python_docx_a_word_file_is_gk001_naming_it(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "docx", None)
    assert read(tmp_path, b"PK\x03\x04") == Unreadable(
        str(tmp_path / "report.docx"), "missing-extra", "pip install 'python-docx'"
    )


def _one_paragraph(text):
    doc = docx.Document()
    doc.add_paragraph(text)
    return doc


def _saved(doc) -> bytes:
    stream = io.BytesIO()
    doc.save(stream)
    return stream.getvalue()


def _with_document(doctype: str, text: str) -> bytes:
    """A .docx whose document.xml has ``doctype`` and one paragraph of ``text``."""
    xml = f'<?xml version="1.0"?>{doctype}<w:document {W}><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>'
    source, target = zipfile.ZipFile(io.BytesIO(_saved(docx.Document()))), io.BytesIO()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for item in source.infolist():
            archive.writestr(
                item.filename, xml.encode() if item.filename == "word/document.xml" else source.read(item.filename)
            )
    return target.getvalue()


def test_a_package_whose_parts_are_not_what_they_claim_is_damaged(tmp_path):
    """The numbering relationship pointing at a picture: GK001, not an internal error."""
    doc = docx.Document()
    doc.add_paragraph("x")
    data = _saved(doc)
    source, target = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(target, "w") as archive:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                content = content.replace(b"wordprocessingml.numbering+xml", b"image/png")
            archive.writestr(item.filename, content)
    assert read(tmp_path, target.getvalue()).reason == "damaged"


def test_grid_columns_of_a_twip_or_starting_no_cell_are_left_out(tmp_path):
    """LibreOffice's .doc conversion splits a column with a 1-twip sliver (issue 14)."""
    doc = docx.Document()
    cell = "<w:tc><w:tcPr>{}</w:tcPr><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc>"
    span = '<w:gridSpan w:val="{}"/>'
    body_xml(
        doc,
        "<w:tbl><w:tblGrid>"
        + "".join(f'<w:gridCol w:w="{w}"/>' for w in (576, 1, 576, 300, 300))
        + "</w:tblGrid>"
        + "<w:tr>"
        + cell.format("", "行政复议")
        + cell.format(span.format(4), "行政诉讼")
        + "</w:tr><w:tr>"
        + cell.format(span.format(2), "总计")
        + cell.format(span.format(3), "结果维持")
        + "</w:tr><w:tr>"
        + cell.format(span.format(2), "0")
        + cell.format(span.format(3), "1")
        + "</w:tr></w:tbl>",
    )
    source = read(tmp_path, doc)
    assert source.text.splitlines() == ["行政复议\t行政诉讼", "总计\t结果维持", "0\t1"]
    assert [p.cells for p in source.places] == [(1, 2), (1, 2), (1, 2)]
