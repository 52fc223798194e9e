"""Locations: where a finding is in the Word, HTML or PDF file, in zh and en."""

import pytest

from linter.core.spans import Span
from linter.output import as_text
from linter.readers.location import describe, location
from linter.readers.source import Place, Source
from linter.run.engine import Linter

ROW = "三、本年度办理结果\t（一）予以公开\t\t26\t\t26"


@pytest.mark.parametrize(
    "place, column, zh, en",
    [
        (Place(paragraph=12), 0, "段落 12", "paragraph 12"),
        (Place(table=2, row=5), 3, "表格 2 第 5 行 第 3 列", "table 2, row 5, column 3"),
        (Place(table=2, row=5), 0, "表格 2 第 5 行", "table 2, row 5"),
        (Place(page=3, page_line=14), 0, "第 3 页 第 14 行", "page 3, line 14"),
        (Place(page=3, table=1, row=2), 4, "第 3 页 表格 1 第 2 行 第 4 列", "page 3, table 1, row 2, column 4"),
        (Place(source_line=37), 0, "源码第 37 行", "source line 37"),
        (
            Place(table=1, row=4, source_line=80),
            2,
            "表格 1 第 4 行 第 2 列（源码第 80 行）",
            "table 1, row 4, column 2 (source line 80)",
        ),
    ],
)
def test_places_in_words(place, column, zh, en):
    assert describe(place, column, "zh") == zh
    assert describe(place, column, "en") == en


def test_a_word_table_cell_is_named_by_its_part_row_label_number_along_the_row_and_heading():
    header = "（本列数据的勾稽关系）\t\t\t申请人情况\t\t\t"
    columns = "\t\t\t自然人\t法人或其他组织\t\t总计"
    names = "\t\t\t\t商业企业\t科研机构\t"
    row = "二、上年结转政府信息公开申请数量\t\t\t0\t0\t0\t0"
    text = "\n".join(
        ["标题", "三、收到和处理政府信息公开申请情况", "本年度共收到申请6件，均已办结。", header, columns, names, row]
    )
    merged = (1, 1, 1, 2, 3, 4, 5)  # the row label spans three grid columns, a single Word cell
    places = (Place(paragraph=1), Place(paragraph=2), Place(paragraph=3)) + tuple(
        Place(table=1, row=n, cells=merged) for n in (1, 2, 3, 5)
    )
    source = Source("r.docx", text + "\n", "docx", places=places)
    column_of = [len("\t".join(row.split("\t")[:n])) + 2 for n in range(7)]  # where grid column n+1 starts
    assert (
        location(source, Span(7, column_of[4], 7, column_of[4]), "zh")
        == "表三 第 5 行 “二、上年结转政府信息…” 第 3 列 “商业企业”"
    )
    assert (
        location(source, Span(7, column_of[3], 7, column_of[3]), "zh")
        == "表三 第 5 行 “二、上年结转政府信息…” 第 2 列 “自然人”"
    )
    assert location(source, Span(7, 1, 7, 3), "en") == "table of section 3, row 5 “二、上年结转政府信息…”"
    assert location(source, Span(3, 1, 3, 3), "zh") == "第三部分 “本年度共收到申请6件…”"
    assert location(source, Span(1, 1, 1, 1), "en") == "“标题”"


def test_plain_text_and_lines_beyond_the_places_have_no_location():
    assert location(Source("r.txt", "一\n二\n", "utf-8"), Span(1, 1, 1, 1), "zh") == ""
    source = Source("r.pdf", "一\n", "pdf", places=(Place(page=1, page_line=1),))
    assert location(source, Span(2, 1, 2, 1), "zh") == ""


def test_findings_carry_the_location_and_the_text_line_ends_with_it():
    text = "某某县教育局2023年政府信息公开年度报告\n一、总体情况\n2023年，我局认真贯彻落实《条例》。\n"
    source = Source("r.html", text, "utf-8", places=tuple(Place(source_line=n) for n in (10, 11, 12)))
    finding = next(f for f in Linter.default().lint_source(source) if f.rule == "GK106")
    assert finding.location == "源码第 10 行"
    assert finding.to_json()["location"] == "源码第 10 行"
    assert as_text.line(finding).endswith("(《政府信息公开工作年度报告格式》) [源码第 10 行]")
    plain = Linter.default().lint_text(text, "r.txt")
    assert [f.location for f in plain] == [""] * len(plain)
    assert not as_text.line(plain[0]).endswith("]")
