"""Reading the standard tables: every layout extraction leaves, and what cannot be read."""

import random
from decimal import Decimal

import pytest

from linter.core.figures import parse_number
from linter.model.line_names import LineNames

from .helpers import findings, line_of, model
from .tables_text import (
    LAYOUTS,
    application_figures,
    application_report,
    application_rows,
    disclosure_report,
    pipe_table,
    report,
    review_report,
    scrambled_table,
    tab_table,
)

VERSIONS = ("2019", "2021")


def application(text: str):
    return model(text).tables.get("application")


def place(text: str, fragment: str, figure: str, after: int = 0) -> tuple[int, int]:
    """(line, column) of ``figure`` in the line holding ``fragment`` (the line ``after`` it)."""
    line = line_of(text, fragment) + after
    content = text.split("\n")[line - 1]
    return line, content.rindex(figure) + 1


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_every_row_of_a_balanced_table_is_read(layout, version):
    table = application(application_report(layout, version))
    assert list(table.rows) == [key for _, _, key in application_rows(version)]
    assert table.problems == () and table.confident


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_figures_are_read_in_column_order(layout):
    table = application(application_report(layout))
    assert [c.value for c in table.rows["unable_not_held"].cells.values()] == [8, 1, 0, 0, 0, 1, 10]


@pytest.mark.parametrize(
    "layout, fragment, after",
    [
        ("tab", "（二）部分公开", 0),
        ("pipe", "（二）部分公开", 0),
        ("space", "（二）部分公开", 2),  # the label over two lines, the figures on a third
    ],
)
def test_each_cell_keeps_its_line_and_column(layout, fragment, after):
    text = application_report(layout)
    cell = application(text).rows["partly_disclosed"].cells["total"]
    assert (cell.line, cell.span.column) == place(text, fragment, "4", after)


def test_a_label_cut_over_lines_takes_the_figures_below_it():
    text = application_report("space")
    cell = application(text).rows["not_processed_confirmation"].cells["natural_person"]
    assert cell.line == line_of(text, "获取信息") + 1


def test_a_row_shifted_by_one_cell_is_read():
    text = application_report("tab")
    cell = application(text).rows["withheld_third_party"].cells["total"]
    assert (cell.line, cell.value) == (line_of(text, "4.保护第三方合法权益"), 1)


def test_full_width_digits_are_read():
    figures = application_figures()
    text = report("三、收到和处理政府信息公开申请情况", pipe_table(figures).replace("| 18 | 1 |", "| １８ | １ |"))
    assert application(text).rows["disclosed"].cells["natural_person"].value == 18


def test_page_footers_between_rows_are_not_rows():
    text = application_report("space")
    assert line_of(text, "-3-") not in {c.line for r in application(text).rows.values() for c in r.cells.values()}


def test_subtotal_rows_of_groups_are_read():
    text = application_report("tab").replace(
        "\t（三）不予公开\t1.属于国家秘密", "\t（三）不予公开\t5\t0\t0\t0\t0\t0\t5\n\t\t1.属于国家秘密"
    )
    table = application(text)
    assert table.rows["withheld"].cells["total"].value == 5 and table.problems == ()


def test_the_2019_format_has_one_row_for_other_handling():
    table = application(application_report("tab", "2019"))
    assert "other_processing" in table.rows and not any(
        k.startswith("other_") and k != "other_processing" for k in table.rows
    )


@pytest.mark.parametrize("version, sign", [("2019", "没有分项"), ("2021", "分项填报")])
def test_other_handling_tells_the_format(version, sign):
    (signal,) = application(application_report("pipe", version)).signals
    assert (signal.version, sign in signal.what.zh) == (version, True)


# -- blanks, placeholders and what is not a number ---------------------------------------------


def tab_report_with(old: str, new: str) -> str:
    text = application_report("tab")
    assert old in text
    return text.replace(old, new, 1)


def test_blank_and_dash_cells_read_as_zero_and_are_listed():
    text = tab_report_with("二、上年结转政府信息公开申请数量\t\t2\t0\t0", "二、上年结转政府信息公开申请数量\t\t2\t\t-")
    table = application(text)
    assert (table.value("carried_over", "business"), table.value("carried_over", "research")) == (0, 0)
    line = line_of(text, "二、上年结转")
    assert [(cell.kind, cell.line) for _, _, cell in table.empties()] == [("blank", line), ("placeholder", line)]


def test_a_word_where_a_figure_belongs_is_not_a_number():
    text = tab_report_with("二、上年结转政府信息公开申请数量\t\t2\t0", "二、上年结转政府信息公开申请数量\t\t2\t无")
    table = application(text)
    assert table.value("carried_over", "business") is None
    assert [p.said(LineNames()).zh for p in table.problems] == [
        f"第{line_of(text, '二、上年结转')}行“上年结转”的“无”不是数字"
    ]


def test_a_row_with_too_few_figures_is_not_read():
    text = tab_report_with(
        "二、上年结转政府信息公开申请数量\t\t2\t0\t0\t0\t0\t0\t2",
        "二、上年结转政府信息公开申请数量\t\t2\t0\t0\t0\t0\t2",
    )
    table = application(text)
    assert "carried_over" not in table.rows
    assert [p.said(LineNames()).zh for p in table.problems] == [
        f"第{line_of(text, '二、上年结转')}行“上年结转”有6个数（应为7个）"
    ]


def test_a_missing_row_is_named():
    text = application_report("pipe")
    text = "\n".join(line for line in text.split("\n") if "重复申请" not in line)
    assert [p.said(LineNames()).zh for p in application(text).problems] == ["没有找到“（五）2.重复申请”行"]


# -- tables a converter scrambled ---------------------------------------------------------------


def scrambled(figures=None) -> str:
    return report("三、收到和处理政府信息公开申请情况", scrambled_table(figures or application_figures()))


def test_a_scrambled_table_says_what_it_could_not_read():
    table = application(scrambled())
    assert not table.confident
    assert [p.said(LineNames()).zh for p in table.problems] == [
        "“（四）1.本机关不掌握相关政府信息”、“（四）2.没有现成信息需要另行制作”、“（四）3.补正后申请内容仍不明确”行的数字没有读出",
        "第18、19、20行的数字不知属于哪一行",
    ]


def test_a_scrambled_table_still_reads_the_rows_it_is_sure_of():
    table = application(scrambled())
    assert table.rows["received"].cells["total"].value == 46 and "unable_not_held" not in table.rows


def test_a_blank_in_a_scrambled_table_is_not_a_zero():
    text = scrambled().replace(
        "| 四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 1 | 0 | 2 |",
        "| 四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 1 | 0 |  |",
    )
    table = application(text)
    assert table.value("carried_forward", "total") is None and table.empties() == []


# -- 表四 ------------------------------------------------------------------------------------


@pytest.mark.parametrize("layout", ["tab", "space", "pipe"])
def test_the_review_row_is_read_in_the_format_order_without_its_header(layout):
    text = review_report(layout, list(range(15)))
    row = model(text).tables.get("review").rows["cases"]
    assert [c.value for c in row.cells.values()] == list(range(15))
    assert row.cells["suit_after_review_total"].line == len(text.split("\n")) - 1


def test_a_review_row_of_14_figures_is_not_guessed():
    text = review_report("space", list(range(14)))
    table = model(text).tables.get("review")
    assert table.rows == {} and [p.said(LineNames()).zh for p in table.problems] == [
        f"第{line_of(text, '0   1   2')}行“数据行”有14个数（应为15个）"
    ]


def test_a_review_header_without_figures_is_a_table_not_read():
    text = report(
        "四、政府信息公开行政复议、行政诉讼情况",
        "行政复议\t\t\t\t\t行政诉讼\n\t\t\t\t\t未经复议直接起诉\t\t\t\t\t复议后起诉\n",
    )
    assert [p.said(LineNames()).zh for p in model(text).tables.get("review").problems] == [
        f"第{line_of(text, '未经复议直接起诉')}行之后没有找到15个数的数据行"
    ]


# -- 表二 ------------------------------------------------------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("layout", ["tab", "space", "pipe", "text"])
def test_the_disclosure_table_is_read_in_its_format(layout, version):
    table = model(disclosure_report(layout, version)).tables.get("disclosure")
    assert (table.version, table.problems) == (version, ())
    assert {s.version for s in table.signals} == {version}


def test_amounts_keep_their_decimals_and_units():
    table = model(disclosure_report("tab", "2019")).tables.get("disclosure")
    assert table.rows["procurement"].cells["purchase_amount"].value == Decimal("2167.0875")


def test_a_label_variant_names_the_same_row():
    text = disclosure_report("tab", "2021").replace("行政规范性文件", "规范性文件")
    assert model(text).tables.get("disclosure").rows["normative"].cells["in_force"].value == 38


def test_which_columns_a_row_has_tells_the_format_when_the_header_is_lost():
    text = report("二、主动公开政府信息情况", "行政许可\t134\t-51\t5190\n行政处罚\t705\t-482\t10\n", 2023)
    table = model(text).tables.get("disclosure")
    assert table.version == "2019" and table.rows["permits"].cells["change"].value == -51


def test_a_disclosure_row_with_a_figure_missing_is_named():
    text = disclosure_report("pipe", "2021").replace("| 规章 | 0 | 0 | 0 |", "| 规章 | 22 | 235 |")
    assert [p.said(LineNames()).zh for p in model(text).tables.get("disclosure").problems] == [
        f"第{line_of(text, '| 规章 |')}行“规章”有2个数（应为3个）"
    ]


# -- no table, and anything at all -----------------------------------------------------------


def test_a_section_without_its_table_has_none():
    text = report("三、收到和处理政府信息公开申请情况", "本年收到政府信息公开申请5件，均已按时答复。\n")
    assert model(text).tables.get("application") is None


@pytest.mark.parametrize(
    "text, value",
    [("2167.0875 万元", Decimal("2167.0875")), ("1,295", 1295), ("-51", -51), ("5件", 5), ("一", None), ("1.", None)],
)
def test_figures_as_written(text, value):
    assert parse_number(text) == value


DAMAGE = list("0123456789０１-/—|\t  .,，。（）()一二三四五六七八九十总计其他、万元件\n")


def test_damaged_tables_never_break_the_linter():
    texts = [application_report(layout, version) for layout in LAYOUTS for version in VERSIONS]
    texts += [
        review_report("tab"),
        disclosure_report("space", "2019"),
        report("三", scrambled_table(application_figures())),
    ]
    damage = random.Random(11)
    for _ in range(300):
        lines = damage.choice(texts).split("\n")
        for _ in range(damage.randint(1, 12)):
            at = damage.randrange(len(lines))
            cut = damage.randint(0, len(lines[at]))
            inserted = "".join(damage.choice(DAMAGE) for _ in range(damage.randint(0, 4)))
            lines[at] = lines[at][:cut] + inserted + lines[at][cut + damage.randint(0, 3) :]
        for finding in findings("\n".join(lines)):
            assert finding.message


def test_shuffled_table_lines_never_break_the_reading():
    lines = (tab_table(application_figures()) + application_report("space") + review_report("pipe")).split("\n")
    shuffle = random.Random(7)
    for _ in range(40):
        shuffle.shuffle(lines)
        tables = model(report("三、收到和处理政府信息公开申请情况", "\n".join(lines[:30]))).tables
        for table in tables:
            assert all(p.said(LineNames()).zh for p in table.problems)
