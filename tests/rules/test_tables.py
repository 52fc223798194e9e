"""GK2xx and GK403 on report text: each table layout, both formats, each identity.

A balanced table gets nothing; one changed figure is reported by the rule whose
identity it breaks, at the cell most likely wrong."""

import pytest

from linter.core.errors import DeclarationError
from linter.rules.declarations import load_rules
from linter.run.engine import Linter, Selection

from ..helpers import FORMAT, clean_report, findings, line_of, model, places, replace_once
from ..tables_text import (
    LAYOUTS,
    REVIEW,
    application_figures,
    application_report,
    disclosure_report,
    report,
    review_report,
    scrambled_table,
)

TABLE_RULES = ("GK201", "GK202", "GK203", "GK204", "GK205", "GK206", "GK207", "GK208", "GK403")
VERSIONS = ("2019", "2021")


def changed(version: str, key: str, deltas: dict[str, int]) -> dict[str, list[int]]:
    """The balanced figures with some cells of one row changed (column → delta)."""
    figures = application_figures(version)
    columns = ["natural_person", "business", "research", "nonprofit", "legal_service", "other_applicant", "total"]
    figures[key] = [value + deltas.get(column, 0) for column, value in zip(columns, figures[key])]
    return figures


def cell_place(text: str, table: str, row: str, column: str) -> tuple[int, int]:
    span = model(text).tables.get(table).rows[row].cells[column].span
    return span.line, span.column


def test_the_clean_sample_has_no_table_finding():
    assert findings(clean_report(), *TABLE_RULES) == []


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_balanced_table_has_no_finding(layout, version):
    assert findings(application_report(layout, version), *TABLE_RULES) == []


# -- the identities of 表三, in every layout and both formats ----------------------------------

IDENTITY_CASES = [
    # rule, row changed, cells changed, where the finding points (row, column)
    ("GK203", "received", {"business": 1}, [("received", "business")]),
    ("GK203", "withheld_process", {"total": 1}, [("withheld_process", "total")]),
    ("GK203", "not_processed_repeated", {"natural_person": -1}, [("not_processed_repeated", "natural_person")]),
    (
        "GK204",
        "results_total",
        {"natural_person": 1, "total": 1},
        [("results_total", "natural_person"), ("results_total", "total")],
    ),
    (
        "GK204",
        "unable_not_held",
        {"legal_service": 2, "total": 2},
        [("results_total", "legal_service"), ("results_total", "total")],
    ),
    (
        "GK205",
        "carried_forward",
        {"business": 1, "total": 1},
        [("carried_forward", "business"), ("carried_forward", "total")],
    ),
    # 一, 二 and 四 are as likely here (each in one failing and one holding equation): the total's side
    (
        "GK205",
        "carried_over",
        {"natural_person": 3, "total": 3},
        [("carried_forward", "natural_person"), ("carried_forward", "total")],
    ),
]


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("rule, key, deltas, expected", IDENTITY_CASES, ids=lambda x: x if isinstance(x, str) else None)
def test_a_changed_figure_is_reported_at_the_likeliest_cell(layout, version, rule, key, deltas, expected):
    text = application_report(layout, version, changed(version, key, deltas))
    assert places(text, rule) == [cell_place(text, "application", *where) for where in expected]


@pytest.mark.parametrize("version", VERSIONS)
def test_a_changed_part_is_reported_by_its_row_and_its_column_at_its_line(version):
    text = application_report("space", version, changed(version, "withheld_law", {"natural_person": 1}))
    where = cell_place(text, "application", "withheld_law", "natural_person")
    assert [(f.rule, (f.span.line, f.span.column)) for f in findings(text, "GK2")] == [
        ("GK203", where),
        ("GK204", where),
    ]


def test_the_message_names_the_table_the_column_and_both_sides():
    text = application_report("tab", "2021", changed("2021", "carried_forward", {"business": 1, "total": 1}))
    message = findings(text, "GK205")[0].message
    assert message == "表三 列“商业企业”：本年新收 3 + 上年结转 0 = 3 ≠ 办理结果总计 3 + 结转下年度 1 = 4"


def test_the_message_in_english():
    text = application_report("tab", "2021", changed("2021", "received", {"business": 1}))
    message = findings(text, "GK203", lang="en")[0].message
    assert message.startswith("Table 3, row “received this year”: natural persons 40 + businesses 4 + ")


# -- （六）其他处理 of the 2021 format, and subtotal rows ---------------------------------------


def test_2021_other_handling_sub_items_that_do_not_add_up():
    text = application_report("tab", "2021", changed("2021", "other_fee_unpaid", {"natural_person": 1, "total": 1}))
    assert places(text, "GK204") == [
        cell_place(text, "application", "results_total", c) for c in ("natural_person", "total")
    ]


def test_a_subtotal_row_that_is_not_the_sum_of_its_items():
    text = replace_once(
        application_report("tab", "2021"), "\t（六）其他处理\t", "\t（六）其他处理\t3\t1\t0\t0\t0\t0\t4\n\t\t"
    )
    line = line_of(text, "（六）其他处理")
    assert places(text, "GK204") == [
        (line, text.split("\n")[line - 1].index("3") + 1),
        (line, text.split("\n")[line - 1].rindex("4") + 1),
    ]


def test_a_subtotal_row_that_adds_up_is_accepted():
    text = replace_once(
        application_report("tab", "2021"), "\t（六）其他处理\t", "\t（六）其他处理\t2\t1\t0\t0\t0\t0\t3\n\t\t"
    )
    assert findings(text, *TABLE_RULES) == []


# -- scrambled tables: what can be read is checked, nothing is guessed ---------------------------


def scrambled(figures) -> str:
    return report("三、收到和处理政府信息公开申请情况", scrambled_table(figures))


def test_a_scrambled_table_gets_one_warning_and_no_arithmetic():
    text = scrambled(application_figures())
    assert [(f.rule, f.severity) for f in findings(text, *TABLE_RULES)] == [("GK202", "warning")]


def test_a_changed_figure_in_an_unreadable_block_is_not_guessed_at():
    text = scrambled(changed("2021", "unable_not_held", {"natural_person": 5}))
    assert [f.rule for f in findings(text, "GK2")] == ["GK202"]


def test_a_scrambled_table_still_checks_the_rows_it_is_sure_of():
    text = scrambled(changed("2021", "received", {"business": 1}))
    where = cell_place(text, "application", "received", "business")
    assert [(f.rule, (f.span.line, f.span.column)) for f in findings(text, "GK203", "GK204", "GK205")] == [
        ("GK203", where),
        ("GK205", where),
    ]


# -- GK201 missing-table --------------------------------------------------------------------


def test_gk201_removed_application_table():
    report_text = clean_report()
    lines = report_text.split("\n")
    first, last = line_of(report_text, "（本列数据的勾稽关系"), line_of(report_text, "四、结转下年度继续办理")
    text = "\n".join(lines[: first - 1] + lines[last:])
    assert places(text, "GK201") == [(line_of(text, "三、收到和处理政府信息公开申请情况"), 1)]


def test_gk201_removed_review_table():
    report_text = clean_report()
    lines = report_text.split("\n")
    first, last = line_of(report_text, "行政复议\t"), line_of(report_text, "全年发生政府信息公开行政复议") - 1
    text = "\n".join(lines[: first - 1] + lines[last:])
    assert places(text, "GK201") == [(line_of(text, "四、政府信息公开行政复议、行政诉讼情况"), 1)]


def test_gk201_a_2019_report_without_the_tables_is_warned():
    text = report("三、收到和处理政府信息公开申请情况", "本年收到政府信息公开申请5件。\n", 2019)
    assert [(f.span.line, f.severity) for f in findings(text, "GK201")] == [(2, "warning")]


def test_gk201_not_again_for_a_missing_section():
    text = report("一、总体情况", "本年工作有序开展。\n")
    assert places(text, "GK201") == []


# -- GK202 malformed-table -------------------------------------------------------------------


def test_gk202_a_row_with_a_figure_missing():
    text = application_report("pipe").replace(
        "| 2.重复申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |", "| 2.重复申请 | 1 | 0 | 0 | 0 | 0 | 1 |"
    )
    assert places(text, "GK202") == [(line_of(text, "2.重复申请"), 3)]


def test_gk202_blank_cells_once_a_table():
    text = application_report("tab").replace(
        "四、结转下年度继续办理\t\t1\t0\t0\t0\t1", "四、结转下年度继续办理\t\t1\t\t/\t\t1"
    )
    (finding,) = findings(text, "GK202")
    assert finding.message.startswith("表三有3处应填数字的单元格为空或填“/”“-”，已按0计算：第")
    assert (finding.span.line, finding.severity) == (line_of(text, "四、结转下年度"), "warning")


def test_gk202_slash_in_the_rules_row_is_normal():
    assert places(disclosure_report("tab").replace("规章\t0\t0\t0", "规章\t/\t/\t/"), "GK202") == []


# -- GK206 review-litigation-total -----------------------------------------------------------


@pytest.mark.parametrize("layout", ["tab", "space", "pipe"])
@pytest.mark.parametrize("column, total", [(0, "review_total"), (7, "suit_total"), (13, "suit_after_review_total")])
def test_gk206_a_changed_part_of_each_group(layout, column, total):
    figures = list(REVIEW)
    figures[column] += 1
    text = review_report(layout, figures)
    assert places(text, "GK206") == [cell_place(text, "review", "cases", total)]


def test_gk206_names_the_group():
    figures = list(REVIEW)
    figures[4] = 3
    assert (
        findings(review_report("tab", figures), "GK206")[0].message
        == "表四 行政复议：结果维持 1 + 结果纠正 0 + 其他结果 0 + 尚未审结 1 = 2 ≠ 总计 3"
    )


# -- GK207 invalid-count ---------------------------------------------------------------------


@pytest.mark.parametrize("layout", ["tab", "space", "pipe", "text"])
def test_gk207_items_below_zero(layout):
    text = disclosure_report(layout, "2019", ("行政许可", 1, "-151"))
    message = findings(text, "GK207")[0].message
    assert places(text, "GK207") == [cell_place(text, "disclosure", "permits", "change")]
    assert message == "表二“行政许可”行：上一年项目数量 134 + 本年增/减 -151 = -17，小于0"


def test_gk207_a_negative_count():
    text = disclosure_report("tab", "2021", ("行政处罚", 0, "-3"))
    assert places(text, "GK207") == [cell_place(text, "disclosure", "penalties", "decisions")]


def test_gk207_a_fraction_where_a_count_belongs():
    text = application_report("pipe").replace("| 2.重复申请 | 1 |", "| 2.重复申请 | 1.5 |")
    assert findings(text, "GK207")[0].message == "表三“（五）2.重复申请”行“自然人”为1.5：件数应为整数"


def test_gk207_amounts_and_changes_may_be_what_they_are():
    assert places(disclosure_report("tab", "2019"), "GK207") == []


# -- GK208 format-version --------------------------------------------------------------------


def test_gk208_a_2021_report_on_the_2019_tables():
    text = disclosure_report("tab", "2019").replace("2020年", "2023年")
    (finding,) = findings(text, "GK208")
    assert (finding.span.line, finding.severity) == (line_of(text, "本年新制作数量"), "error")
    assert finding.message.startswith("表格带有2019年格式的特征（“本年新制作数量”、“本年新公开数量”")


def test_gk208_a_2020_report_on_the_2019_tables_is_right():
    assert places(disclosure_report("tab", "2019"), "GK208") == []


def test_gk208_a_2019_report_on_another_format_is_a_warning():
    text = disclosure_report("tab", "2021").replace("2023年", "2019年")
    assert [(f.span.line, f.severity) for f in findings(text, "GK208")] == [(line_of(text, "本年制发件数"), "warning")]


def test_gk208_other_handling_without_sub_items_in_a_2021_report():
    text = application_report("space", "2019").replace("2020年", "2023年")
    assert places(text, "GK208") == [(line_of(text, "（六）其他处理"), 19)]


# -- GK403 narrative-table-mismatch ----------------------------------------------------------

COUNTY = clean_report()


@pytest.mark.parametrize(
    "old, new, figure",
    [
        ("全年共收到政府信息公开申请46件", "全年共收到政府信息公开申请45件", "45"),
        ("上年结转2件", "上年结转3件", "3件，办结"),
        ("结转下年度继续办理2件", "结转下年度继续办理1件", "1件，均在"),
        ("行政复议2件", "行政复议3件", "3件，其中"),
        ("行政诉讼1件", "行政诉讼2件", "2件，结果"),
        ("现行有效38件", "现行有效39件", "39"),
    ],
)
def test_gk403_a_figure_the_table_contradicts(old, new, figure):
    text = replace_once(COUNTY, old, new)
    line = line_of(text, new)
    assert places(text, "GK403") == [(line, text.split("\n")[line - 1].index(figure) + 1)]


def test_gk403_message():
    text = replace_once(COUNTY, "全年共收到政府信息公开申请46件", "全年共收到政府信息公开申请45件")
    assert (
        findings(text, "GK403")[0].message
        == "正文中本年新收申请为45件，与表三不一致：表中“本年新收”行“总计”（第45行）为46"
    )


@pytest.mark.parametrize(
    "old, new",
    [
        ("全年共收到政府信息公开申请46件", "全年局机关代表县政府收到政府信息公开申请45件"),  # whose figure?
        ("全年共收到政府信息公开申请46件", "全年共收到政府信息公开申请46件，其中网上申请30件"),
        ("全年共收到政府信息公开申请46件", "全年共收到上年结转申请2件"),  # not a figure of 新收
        ("全年共收到政府信息公开申请46件", "全年共收到政府信息公开申请48件（含上年结转2件）"),
        ("全年共收到政府信息公开申请46件", "全年共受理并办结政府信息公开申请45件"),
        (
            "全年发生政府信息公开行政复议2件",
            "全年新发生政府信息公开行政复议1件",
        ),  # the table counts last year's pending cases too
        ("行政诉讼1件", "行政复议和行政诉讼3件"),  # one figure for both
        ("现行有效38件", "现行有效规章39件"),
    ],
)
def test_gk403_only_where_the_wording_is_clear(old, new):
    assert places(replace_once(COUNTY, old, new), "GK403") == []


# -- a province's own identity, in a rule pack --------------------------------------------------

PACK = """\
rules:
  - id: JS201
    name: no-carry-forward
    severity: warning
    check: table-identity
    params:
      table: application
      identities:
        - {per: column, sum: [received, carried_over], equals: [results_total]}
    summary: {zh: 本年新收和上年结转的申请应在本年办结}
    messages: {default: {zh: "{table} {along}：{left} ≠ {right}"}}
"""


def test_a_rule_pack_declares_its_own_identity(tmp_path):
    (tmp_path / "province.yaml").write_text(PACK, encoding="utf-8")
    linter = Linter.default([tmp_path], selection=Selection(("JS201",)))
    found = linter.lint_text(clean_report(), "report.txt")
    line = line_of(clean_report(), "（七）总计")  # the parts are as likely as each other: the total
    assert [(f.span.line, f.message.split("：")[0]) for f in found] == [
        (line, "表三 列“自然人”"),
        (line, "表三 列“法律服务机构”"),
        (line, "表三 列“总计”"),
    ]


def test_a_rule_pack_identity_naming_no_row_is_refused(tmp_path):
    (tmp_path / "province.yaml").write_text(PACK.replace("carried_over]", "carried]"), encoding="utf-8")
    with pytest.raises(
        DeclarationError,
        match=r"rule 1 \(JS201\): 'params': identities\[0\]: identity application\[0\]: no row carried in table application",
    ):
        load_rules([tmp_path], FORMAT)


def test_a_rule_pack_identity_may_have_a_title(tmp_path):
    titled = PACK.replace("equals: [results_total]}", "equals: [results_total], title: {zh: 结转, en: carried}}")
    (tmp_path / "province.yaml").write_text(titled, encoding="utf-8")
    found = Linter.default([tmp_path], selection=Selection(("JS201",))).lint_text(clean_report(), "report.txt")
    assert found and all(f.message.startswith("表三 结转，列") for f in found)
