"""The report model: organ and its kind, report year, period, section recognition."""

import datetime as dt
from types import MappingProxyType

import pytest

from linter.model.report import Published
from linter.readers.source import Source

from .helpers import linter, model


@pytest.mark.parametrize(
    "title, organ, kind",
    [
        ("东安区人民政府 2020 年政府信息公开工作 年度报告", "东安区人民政府", "government"),
        ("2024 年上海市科委政府信息公开工作年度报告", "上海市科委", "department"),
        ("上海市人民政府办公厅2025年政府信息公开工作年度报告", "上海市人民政府办公厅", "department"),
        ("北京市2023年政府信息公开工作年度报告", "北京市", "government"),
        ("某某镇人民政府2023年政府信息公开工作年度报告", "某某镇人民政府", "township-government"),
        ("某某街道办事处2023年政府信息公开工作年度报告", "某某街道办事处", "sub-district-office"),
        ("某某经济开发区2023年政府信息公开工作年度报告", "某某经济开发区", "department"),
        ("某某县教育局政府信息公开工作年度报告", "某某县教育局", "department"),
    ],
)
def test_organ_and_its_kind_from_the_title(title, organ, kind):
    report = model(f"{title}\n一、总体情况\n正文。\n")
    assert report.title.organ == organ
    assert report.organ_kind == kind


def test_no_organ_kind_without_a_title():
    assert model("一、总体情况\n正文。\n").organ_kind is None


def test_the_page_metadata_names_the_organ_when_the_title_does_not():
    text = "2023年政府信息公开工作年度报告\n一、总体情况\n正文。\n"
    report = linter().model(Source("r.html", text, "utf-8", MappingProxyType({"发布机构": "某某县人民政府"})))
    assert (report.title.organ, report.organ, report.organ_kind) == (None, "某某县人民政府", "government")
    titled = linter().model(
        Source("r.html", "某某县教育局" + text, "utf-8", MappingProxyType({"发布机构": "某某县人民政府"}))
    )
    assert (titled.organ, titled.organ_kind) == ("某某县教育局", "department")


def test_the_page_metadata_gives_the_publication_date():
    text = "某某县教育局2023年政府信息公开工作年度报告\n一、总体情况\n正文。\n"
    report = linter().model(Source("r.html", text, "utf-8", MappingProxyType({"公开日期": "2024-02-05"})))
    assert report.published == Published(dt.date(2024, 2, 5), None)


REPORT = """\
某某县教育局{title}年政府信息公开工作年度报告
本报告中所列数据的统计期限为{period}年1月1日至12月31日。
一、总体情况
{body}年，我局认真贯彻落实《条例》。
"""


@pytest.mark.parametrize(
    "title, period, body, year",
    [
        (2023, 2023, 2023, 2023),
        (2022, 2023, 2023, 2023),  # a title left over from last year is outvoted
        (2023, 2022, 2023, 2023),
        (2023, 2022, 2022, 2022),
        (2023, 2022, 2021, 2023),  # no majority: the title is taken at its word
    ],
)
def test_report_year_is_the_majority(title, period, body, year):
    assert model(REPORT.format(title=title, period=period, body=body)).report_year == year


def test_year_option_overrides_the_text():
    assert model(REPORT.format(title=2023, period=2023, body=2023), year=2024).report_year == 2024


def test_chinese_numeral_year_in_the_title():
    assert model("某某县教育局二〇二三年政府信息公开工作年度报告\n一、总体情况\n正文。\n").report_year == 2023


@pytest.mark.parametrize(
    "sentence, start, end",
    [
        ("统计期限为 2020 年 1 月 1 日至 12 月 31 日。", (2020, 1, 1), (2020, 12, 31)),
        ("数据统计期限自 2023 年 1 月 1 日\n起至 2023 年 12 月 31 日止。", (2023, 1, 1), (2023, 12, 31)),
        ("统计时限为2023年1月1日至2023年12月31日。", (2023, 1, 1), (2023, 12, 31)),
        ("统计周期为２０２４年１月１日至１２月３１日。", (2024, 1, 1), (2024, 12, 31)),
        ("统计期限为2023年1月1日-2023年6月30日。", (2023, 1, 1), (2023, 6, 30)),
        ("统计期限为2023年度。", (2023, 1, 1), None),
    ],
)
def test_statistical_period(sentence, start, end):
    period = model(f"某某局2023年政府信息公开工作年度报告\n{sentence}\n").period
    assert (period.start, period.end) == (start, end)


def test_period_span_points_at_the_dates_across_lines():
    period = model("某某局2023年政府信息公开工作年度报告\n统计期限为 2025\n年 1 月 1 日至 12 月 31 日。\n").period
    assert (period.span.line, period.span.column, period.span.end_line) == (2, 7, 3)


def test_publication_date_line():
    published = model("某某局2023年政府信息公开工作年度报告\n发布日期：2024-01-17\n").published
    assert published.date.isoformat() == "2024-01-17"
    assert published.span.line == 2


def test_sections_are_recognised_by_wording_not_number():
    report = model(
        """\
        一、总体情况
        正文。
        三、主动公开政府信息情况
        正文。
        二、收到和处里政府信息公开申请情况
        正文。
        """
    )
    assert [(s.spec.number, s.status, s.heading and s.heading.span.line) for s in report.sections[:4]] == [
        (1, "found", 1),
        (2, "found", 3),
        (3, "found", 5),
        (4, "missing", None),
    ]


def test_the_format_wording_wins_over_a_variant_that_comes_first():
    report = model(
        """\
        一、总体情况
        四、政府信息公开申请情况
        正文。
        三、收到和处理政府信息公开申请情况
        正文。
        """
    )
    assert report.section(3).heading.span.line == 4


def test_a_lost_heading_is_inferred_from_its_subheadings():
    report = model(
        """\
        四、政府信息公开行政复议、行政诉讼情况
        无。
        （一）主要问题
        问题。
        （二）改进情况
        改进。
        六、其他需要报告的事项
        无。
        """
    )
    five = report.section(5)
    assert (five.status, five.heading.span.line) == ("inferred", 3)
    assert [n.span.line for n in report.section(4).nodes] == [2]
