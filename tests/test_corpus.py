"""Acceptance on real published reports (../shared/corpus): read every one, find its
sections, report its real defects and nothing else; and catch defects planted in copies."""

import pytest

from linter import readers
from linter.engine import Linter

from .helpers import CORPUS, line_of, linter, needs_corpus, replace_once, swap_sections, without_section

pytestmark = needs_corpus

# file → {(rule, line)} of every finding; the errors among them are real defects of the report.
EXPECTED = {
    "2020-dongan-district.txt": {("GK401", 5), ("GK105", 11), ("GK105", 15), ("GK105", 27)},
    "2023-hongze-district.txt": {("GK401", 36)},  # a district government: no 社会评议/责任追究
    "2024-hongze-district.txt": {("GK401", 37)},
    "2024-huaian-city.txt": {("GK401", 57)},
    # Numbered 一…六 then 一、二、三、五 in the text itself; section 五's heading lost by the converter.
    "2024-shanghai-stc.txt": {("GK103", 73), ("GK103", 205), ("GK110", 192)},
    "2025-shanghai-gov-office.txt": {("GK110", 183)},
}
TEXT_FILES = sorted(EXPECTED)


def corpus(name: str) -> str:
    return (CORPUS / name).read_text(encoding="utf-8")


def lint(text: str, *select: str):
    return linter(tuple(select)).lint_text(text, "copy.txt")


@pytest.mark.parametrize("name", TEXT_FILES)
def test_real_reports_get_their_real_findings_only(name):
    findings = Linter.default().lint_path(CORPUS / name)
    assert {(f.rule, f.span.line) for f in findings} == EXPECTED[name]


@pytest.mark.parametrize("name", TEXT_FILES)
def test_all_six_sections_are_found_where_they_exist(name):
    report = linter().model(readers.read(CORPUS / name))
    assert all(section.present for section in report.sections)


def test_every_corpus_file_is_read_without_crashing():
    for path in sorted(CORPUS.iterdir()):
        if path.suffix != ".md":
            Linter.default().lint_path(path)


# Planted defects: (file, heading of the section, heading of the next one)
SECTIONS = {
    "2023-hongze-district.txt": ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                                 "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"],
    "2020-dongan-district.txt": ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                                 "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"],
}
MUTATED = sorted(SECTIONS)


@pytest.mark.parametrize("name", MUTATED)
@pytest.mark.parametrize("number", [1, 2, 3, 4, 5, 6])
def test_deleted_section(name, number):
    headings = SECTIONS[name]
    text = without_section(corpus(name), headings[number - 1], headings[number] if number < 6 else None)
    findings = lint(text, "GK101")
    assert [(f.rule, f.span.line) for f in findings] == [
        ("GK101", line_of(text, headings[number]) if number < 6 else findings[0].span.line)
    ]
    assert f"第{'一二三四五六'[number - 1]}部分" in findings[0].message


@pytest.mark.parametrize("name", MUTATED)
def test_reordered_sections(name):
    h = SECTIONS[name]
    text = swap_sections(corpus(name), (h[3], h[4]), (h[4], h[5]))
    assert [(f.rule, f.span.line) for f in lint(text, "GK102")] == [("GK102", line_of(text, h[3]))]


@pytest.mark.parametrize("name", MUTATED)
def test_renumbered_section(name):
    text = replace_once(corpus(name), "二、主动公开政府信息情况", "三、主动公开政府信息情况")
    assert [f.span.line for f in lint(text, "GK103")][0] == line_of(text, "三、主动公开政府信息情况")


@pytest.mark.parametrize("name", MUTATED)
def test_reworded_section(name):
    text = replace_once(corpus(name), "五、存在的主要问题及改进情况", "五、工作中存在的不足和下一步打算")
    assert [(f.rule, f.span.line) for f in lint(text, "GK101", "GK104")] == [("GK101", line_of(text, "六、其他需要报告的事项"))]
    text = replace_once(corpus(name), "五、存在的主要问题及改进情况", "五、存在的主要问题及改进措施")
    assert [(f.rule, f.span.line) for f in lint(text, "GK101", "GK104")] == [("GK104", line_of(text, "五、存在的主要问题及改进措施"))]


def test_changed_period_in_a_pdf_layout_report():
    text = replace_once(corpus("2023-hongze-district.txt"), "起至 2023 年 12 月 31 日止", "起至 2023 年 6 月 30 日止")
    assert [(f.rule, f.span.line) for f in lint(text, "GK301", "GK302")] == [("GK301", 6)]


def test_changed_title_year():
    text = replace_once(corpus("2024-huaian-city.txt"), "2024 年政府信息公开工作年度报告", "2023 年政府信息公开工作年度报告")
    assert [(f.rule, f.span.line) for f in lint(text, "GK301", "GK302")] == [("GK302", 2)]


def test_changed_body_year():
    text = replace_once(corpus("2020-dongan-district.txt"), "各直属单位 2020 年度政府信息公开情况", "各直属单位 2019 年度政府信息公开情况")
    assert [(f.rule, f.span.line) for f in lint(text, "GK301", "GK302")] == [("GK302", 7)]


def test_changed_period_year_in_a_converted_report():
    text = replace_once(corpus("2025-shanghai-gov-office.txt"), "统计期限为 2025", "统计期限为 2024")
    assert [(f.rule, f.span.line) for f in lint(text, "GK301", "GK302")] == [("GK301", 11)]
