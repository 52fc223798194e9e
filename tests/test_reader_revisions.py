"""A Word report under review is read as it would be with every change accepted, and
reviewers' comments are never report text."""

import pytest

from linter import readers

docx = pytest.importorskip("docx")
from .word_documents import change, delete_mark, delete_row, saved  # noqa: E402


def read(tmp_path, document):
    path = tmp_path / "report.docx"
    path.write_bytes(saved(document))
    return readers.read(path)


def test_deleted_text_is_out_and_inserted_text_in(tmp_path):
    document = docx.Document()
    paragraph = document.add_paragraph("全年共收到申请")
    paragraph._p.append(change("del", "60件，均在15个工作日内答复", 1))
    paragraph._p.append(change("ins", "6件，均在20个工作日内答复", 2))
    paragraph.add_run("。")
    assert read(tmp_path, document).text == "全年共收到申请6件，均在20个工作日内答复。\n"


def test_moved_text_is_read_once_where_it_went(tmp_path):
    document = docx.Document()
    first = document.add_paragraph("一、总体情况")
    first._p.append(change("moveFrom", "（移动的句子）", 3))
    second = document.add_paragraph("二、主动公开政府信息情况")
    second._p.append(change("moveTo", "（移动的句子）", 4))
    assert read(tmp_path, document).text == "一、总体情况\n二、主动公开政府信息情况（移动的句子）\n"


def test_a_deleted_paragraph_mark_joins_the_paragraph_to_the_next(tmp_path):
    document = docx.Document()
    delete_mark(document.add_paragraph("本年度共收到申请"))
    document.add_paragraph("6件。")
    document.add_paragraph("六、其他需要报告的事项")
    source = read(tmp_path, document)
    assert source.text == "本年度共收到申请6件。\n六、其他需要报告的事项\n"
    assert [p.paragraph for p in source.places] == [2, 3]


def test_a_deleted_table_row_is_out_and_the_rows_after_it_move_up(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    for row, (label, value) in zip(table.rows, [("信息内容", "件数"), ("规章", "9"), ("行政规范性文件", "2")]):
        row.cells[0].text, row.cells[1].text = label, value
    delete_row(table.rows[1])
    source = read(tmp_path, document)
    assert source.text == "信息内容\t件数\n行政规范性文件\t2\n"
    assert [(p.table, p.row) for p in source.places] == [(1, 1), (1, 2)]


def test_comments_and_their_text_are_not_report_text(tmp_path):
    document = docx.Document()
    paragraph = document.add_paragraph("一、总体情况")
    document.add_comment(paragraph.runs, "三、收到和处理政府信息公开申请情况", "科长", "KZ")
    assert read(tmp_path, document).text == "一、总体情况\n"
