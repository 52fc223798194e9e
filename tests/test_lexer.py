"""Line classification: what each damaged line becomes."""

import textwrap

import pytest

from linter.core.resources import FORMAT_FILE
from linter.format.spec import load_format
from linter.parse.lexer import Lexer
from linter.parse.nodes import Heading, TableRow

LEXER = Lexer(load_format(FORMAT_FILE))


def kinds(text: str) -> list[tuple[str, int, int]]:
    tokens, _ = LEXER.tokens(textwrap.dedent(text).split("\n"))
    return [(t.kind, t.span.line, t.span.column) for t in tokens]


def first(line: str):
    tokens, _ = LEXER.tokens([line])
    return tokens[0]


@pytest.mark.parametrize(
    "line, level, numeral, title, brackets",
    [
        ("一、总体情况", 1, "一", "总体情况", "none"),
        ("   三、收到和处理政府信息公开申请情况", 1, "三", "收到和处理政府信息公开申请情况", "none"),
        ("六．其他需要报告的事项", 1, "六", "其他需要报告的事项", "none"),
        ("（一）主动公开", 2, "一", "主动公开", "full"),
        ("(二) 依申请公开", 2, "二", "依申请公开", "half"),
        ("（三)政府信息管理", 2, "三", "政府信息管理", "mixed"),
        ("（十二）其他", 2, "十二", "其他", "full"),
        ("## 二、主动公开政府信息情况", 1, "二", "主动公开政府信息情况", "none"),
        ("**四、政府信息公开行政复议、行政诉讼情况**", 1, "四", "政府信息公开行政复议、行政诉讼情况", "none"),
    ],
)
def test_headings(line, level, numeral, title, brackets):
    token = first(line)
    assert token.kind == f"H{level}"
    heading = token.payload
    assert isinstance(heading, Heading)
    assert (heading.level, heading.numeral, heading.title, heading.brackets) == (level, numeral, title, brackets)


def test_heading_columns_are_those_of_the_original_line():
    heading = first("   （一）主动公开").payload
    assert (heading.number_span.column, heading.title_span.column, heading.title_span.end_column) == (4, 7, 10)


def test_run_in_sentence_after_a_heading_is_a_paragraph():
    assert kinds("（一）主动公开情况。主要通过政府门户网站公开。") == [("H2", 1, 1), ("TEXT", 1, 11)]


def test_body_text_on_a_level1_heading_line():
    assert kinds("一、总体情况 2023年，我局认真贯彻《条例》。") == [("H1", 1, 1), ("TEXT", 1, 8)]
    assert first("一、总体情况 2023年，我局认真贯彻《条例》。").payload.title == "总体情况"


def test_heading_split_from_its_title():
    tokens, _ = LEXER.tokens(["三、", "收到和处理政府信息公开申请情况", "正文。"])
    assert [t.kind for t in tokens] == ["H1", "TEXT"]
    assert tokens[0].payload.title == "收到和处理政府信息公开申请情况"
    assert (tokens[0].span.line, tokens[0].span.end_line) == (1, 2)


def test_long_numbered_sentence_is_not_a_heading():
    assert (
        kinds("一、坚持以习近平新时代中国特色社会主义思想为指导全面贯彻落实党中央国务院决策部署推进政务公开")[0][0]
        == "TEXT"
    )


def test_paragraph_broken_across_a_blank_line_and_a_page_footer():
    text = """\
    区政府严格落实省、市年度工作方案，对照国务院部门制定的国土空间规划等 26 个

                                  -1-
    试点领域基层政务公开标准指引，梳理编制事项标准目录。
    新的一段。
    """
    assert [k for k, _, _ in kinds(text)] == ["TEXT", "TEXT_CONT", "TEXT"]


def test_flattened_page_is_cut_at_its_headings():
    line = "2023年工作有序开展。 -3- 二、主动公开政府信息情况 本年公开120条。（一）规章。无。三、收到和处理政府信息公开申请情况 收到5件。"
    assert [k for k, _, _ in kinds(line)] == ["TEXT", "H1", "TEXT", "H2", "TEXT", "H1", "TEXT"]


def test_a_list_of_section_names_is_not_cut_into_headings():
    line = "本报告包括：一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况。"
    assert [k for k, _, _ in kinds(line)] == ["TEXT"]


@pytest.mark.parametrize(
    "line",
    [
        "一、本年新收政府信息公开申请数量",
        " 三 、本 年 度办 理 结果",
        "三、 本年 度办 理结 果",
        "（二）部分公开（区分处理的，只计这一情 形，不",
        "（三）不予公开",
        "（七）总计",
    ],
)
def test_application_table_labels_are_rows_not_headings(line):
    assert first(line).kind == "TABLE_ROW"


def test_heading_that_only_begins_like_a_table_label_is_a_heading():
    assert first("（十二）其他").kind == "H2"


def test_label_cut_over_lines_inside_a_table_is_a_row():
    text = """\
    1、申请人无正当理由逾期不补          67        3        0
    息公开申请
    （六）其
    2、申请人逾期未按收费通知要          6         0        0
    """
    assert [k for k, _, _ in kinds(text)] == ["TABLE_ROW", "TEXT", "TABLE_ROW", "TABLE_ROW_CONT"]


def test_table_label_fragment_inside_a_table_is_a_row():
    text = """\
    | 8.属于行政查询事项 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
    （四）无2.没有现成信息需要另
    | 6 | 0 | 0 | 0 | 0 | 0 | 6 |
    """
    assert [k for k, _, _ in kinds(text)] == ["TABLE_ROW", "TABLE_ROW_CONT", "TABLE_ROW_CONT"]


def test_unknown_numbered_line_stranded_in_a_table_is_text():
    text = """\
    | 2.没有现成信息需要另行制作 | 47 | 1 | 0 | 0 | 0 | 0 | 48 |
    三、本法提供
    | 3.补正后申请内容仍不明确 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |
    """
    assert [k for k, _, _ in kinds(text)] == ["TABLE_ROW", "TEXT", "TABLE_ROW"]


def test_table_row_layouts():
    tab = first("行政许可\t134\t-51\t5190").payload
    space = first("行政规范性文件          0          5       5").payload
    pipe = first("| 规章 | 0 | 0 | 0 |").payload
    numbers = first("21 0 0 0 0 0 21").payload
    assert [r.layout for r in (tab, space, pipe, numbers)] == ["tab", "space", "pipe", "space"]
    assert [c.text for c in tab.cells] == ["行政许可", "134", "-51", "5190"]
    assert [c.text for c in space.cells] == ["行政规范性文件", "0", "5", "5"]
    assert [(c.text, c.span.column) for c in pipe.cells] == [("规章", 3), ("0", 8), ("0", 12), ("0", 16)]
    assert isinstance(numbers, TableRow) and len(numbers.cells) == 7


def test_tab_row_keeps_leading_empty_cells():
    row = first("\t\t3.危及“三安全一稳定”\t0\t0").payload
    assert [c.text for c in row.cells] == ["", "", "3.危及“三安全一稳定”", "0", "0"]
    assert row.cells[2].span.column == 3


def test_markdown_table_rule_and_footers_are_artifacts():
    tokens, artifacts = LEXER.tokens(["| a | 1 |", "|---|---|", "— 5 —", "第 3 页 共 7 页"])
    assert [t.kind for t in tokens] == ["TABLE_ROW"]
    assert [a.text for a in artifacts] == ["|---|---|", "— 5 —", "第 3 页 共 7 页"]


def test_title_over_two_lines_after_converter_junk():
    tokens, _ = LEXER.tokens(["正文", "2024 年上海市科委政府信息公开工作", "年度报告", "根据《条例》编制。"])
    assert [t.kind for t in tokens] == ["FRONT", "TITLE", "TITLE", "TEXT"]


def test_no_title_when_the_first_lines_name_no_report():
    assert "TITLE" not in [k for k, _, _ in kinds("关于召开会议的通知\n定于2024年3月5日召开会议。")]


def test_items():
    assert [k for k, _, _ in kinds("1.属于国家秘密\n2、重复申请\n（3）其他\n①信访")] == ["ITEM"] * 4
    assert first("2.5万元用于平台建设").kind == "TEXT"
