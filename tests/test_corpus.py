"""Acceptance on real published reports (../shared/corpus): read every one, find its
sections, report its real defects and nothing else; and catch defects planted in copies."""

from collections import Counter
from functools import cache

import pytest

from linter import readers
from linter.core.resources import FORMAT_FILE
from linter.format.spec import load_format
from linter.model.report import Options
from linter.parse.nodes import Table
from linter.readers.source import Unreadable

from .helpers import CORPUS, line_of, linter, needs_corpus, replace_once, swap_sections, without_section

pytestmark = needs_corpus

# file → {(rule, line)} of every finding; the errors among them are real defects of the report.
EXPECTED = {
    "2020-dongan-district.txt": {("GK401", 5), ("GK105", 11), ("GK105", 15), ("GK105", 27)},
    "2023-hongze-district.txt": {
        ("GK401", 36),  # a district government: no 社会评议/责任追究
        # 表三's （六）其他处理 is one row, without the three sub-items of the 2021 format: the
        # 2019 application table in a 2023 report (its 表二 is on the 2021 format).
        ("GK208", 130),
        # Two GK206 on the review row `10 1 0 0 0 | 0 0 0 0 0 | 5 0 0 0 0`: 行政复议 总计 0 where
        # 维持 10 + 纠正 1 = 11, 复议后起诉 总计 0 where 维持 5. Checked against the published PDF
        # (pdfplumber, page 4): its table has these 15 cells in this order under the headers
        # 结果维持/结果纠正/其他结果/尚未审结/总计 — the report's own error, not extraction's.
        ("GK206", 149),
    },
    "2024-hongze-district.txt": {("GK401", 37), ("GK208", 128)},  # （六）其他处理 as in 2023: the 2019 table
    "2024-huaian-city.txt": {("GK401", 57)},
    # Numbered 一…六 then 一、二、三、五 in the text itself; section 五's heading lost by the converter.
    # GK202: the converter scrambled 表三 (labels and figures out of step); what it could not
    # read is said, and the identities that depend on it are not checked.
    "2024-shanghai-stc.txt": {("GK103", 73), ("GK103", 205), ("GK110", 192), ("GK202", 102)},
    # GK202 at 97: the converter left 表二's 规章 and 行政规范性文件 rows two figures each (the
    # third is on lines 79–82); at 115: 表三's （五）5 and （六）1 rows lost their labels.
    "2025-shanghai-gov-office.txt": {("GK110", 183), ("GK202", 97), ("GK202", 115)},
    # The portal page, published 2024-01-17 (its metadata; the department deadline is
    # 2024-01-31, so no GK303). Line numbers are those of `xxgk-lint parse --text`.
    "2023-shuyang-fgj.html": {
        ("GK106", 1),  # the title reads 政府信息公开年度报告, without 工作
        ("GK104", 64),  # 五、存在的主要问题及整改措施: a known variant of 存在的主要问题及改进情况
        ("GK202", 34),  # 表三 leaves the count cells of its zero columns empty, as published: read as 0, said once
    },
    # The PDFs behind the pdftotext .txt files: the same finding, at the (五)监督保障 line
    # of the extracted text (pdfplumber lines, not pdftotext's, so other numbers).
    "2023-hongze-district.pdf": {("GK401", 34), ("GK208", 80), ("GK206", 87)},
    "2024-hongze-district.pdf": {("GK401", 36), ("GK208", 81)},
    "2024-huaian-city.pdf": {("GK401", 54)},
    # Crawled pages, the body on line 10. GK301: the bureau reported from 2019-09-01; GK202
    # (表二, 表三, 表四): their cells packed without separators, so not read, not checked.
    "2019-pingtan-haitan.txt": {("GK301", 10), ("GK202", 10)},
    # GK105: 二 and 五 number their sub-headings (一), 一 （一）; GK108: no 政府信息管理; GK202 as above.
    "2022-pingtan-caijin.txt": {("GK105", 10), ("GK108", 10), ("GK202", 10)},
}
CRAWLED = {
    "2019-pingtan-haitan.txt": {"GK301": 1, "GK202": 3},
    "2022-pingtan-caijin.txt": {"GK105": 5, "GK108": 1, "GK202": 3},
}
FILES = sorted(EXPECTED)
PDFS = sorted(name for name in EXPECTED if name.endswith(".pdf"))
# Planted figure changes are caught in every table read; the crawled pages' packed tables are not read.
TEXT_FILES = sorted(name for name in EXPECTED if name.endswith(".txt") and name not in CRAWLED)


def corpus(name: str) -> str:
    return (CORPUS / name).read_text(encoding="utf-8")


@cache
def read(name: str):
    """A corpus file as its reader gives it (read once: PDFs take a second)."""
    return readers.read(CORPUS / name)


def lint(text: str, *select: str):
    return linter(tuple(select)).lint_text(text, "copy.txt")


@pytest.mark.parametrize("name", FILES)
def test_real_reports_get_their_real_findings_only(name):
    findings = linter().lint_source(read(name))
    assert {(f.rule, f.span.line) for f in findings} == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(CRAWLED))
def test_crawled_pages_get_each_real_finding_once(name):
    findings = linter().lint_source(read(name))
    assert Counter(f.rule for f in findings) == CRAWLED[name]


@pytest.mark.parametrize("name", FILES)
def test_all_six_sections_are_found_where_they_exist(name):
    report = linter().model(read(name))
    assert all(section.present for section in report.sections)


@pytest.mark.parametrize("name", PDFS)
def test_a_pdf_gives_the_findings_of_its_pdftotext_text(name):
    def found(file):
        return {(f.rule, f.message) for f in linter().lint_source(read(file))}

    assert found(name) == found(name.replace(".pdf", ".txt"))


@pytest.mark.parametrize("name", ["2023-shuyang-fgj.html", *PDFS])
def test_the_three_standard_tables_are_read_as_grids(name):
    """二 (4 columns), 三 (10: three label columns, six applicant columns, 总计) and 四
    (15) are tables in the sections they belong to, every row with the grid's cells:
    merged cells expanded (the page's 22-row rowspan, its empty cells where counts are
    0), the PDFs' tables joined across page breaks."""
    report = linter().model(read(name))
    for number, width in ((2, 4), (3, 10), (4, 15)):
        tables = [node for node in report.section(number).nodes if isinstance(node, Table)]
        assert tables, f"section {number} has no table"
        assert {len(row.cells) for table in tables for row in table.rows} == {width}
    application = next(node for node in report.section(3).nodes if isinstance(node, Table))
    labels = [row.cells[0].text for row in application.rows if row.cells[0].text]
    assert labels[-4:] == [
        "一、本年新收政府信息公开申请数量",
        "二、上年结转政府信息公开申请数量",
        "三、本年度办理结果",
        "四、结转下年度继续办理",
    ]


def test_the_portal_page_metadata_gives_the_publication_date():
    report = linter().model(read("2023-shuyang-fgj.html"))
    assert (report.organ, report.organ_kind, report.published.date.isoformat()) == (
        "沭阳县发展和改革局",
        "department",
        "2024-01-17",
    )


def test_every_corpus_file_is_read_without_crashing():
    for path in sorted(CORPUS.iterdir()):
        if path.suffix != ".md":
            assert not isinstance(read(path.name), Unreadable), path.name
            linter().lint_source(read(path.name))


# Planted defects, in copies of reports whose six headings have the format's own wording.
HEADINGS = [section.heading for section in load_format(FORMAT_FILE).sections]
MUTATED = ["2020-dongan-district.txt", "2023-hongze-district.txt"]


@pytest.mark.parametrize("name", MUTATED)
@pytest.mark.parametrize("number", [1, 2, 3, 4, 5, 6])
def test_deleted_section(name, number):
    headings = HEADINGS
    text = without_section(corpus(name), headings[number - 1], headings[number] if number < 6 else None)
    findings = lint(text, "GK101")
    assert [(f.rule, f.span.line) for f in findings] == [
        ("GK101", line_of(text, headings[number]) if number < 6 else findings[0].span.line)
    ]
    assert f"第{'一二三四五六'[number - 1]}部分" in findings[0].message


@pytest.mark.parametrize("name", MUTATED)
def test_reordered_sections(name):
    h = HEADINGS
    text = swap_sections(corpus(name), (h[3], h[4]), (h[4], h[5]))
    assert [(f.rule, f.span.line) for f in lint(text, "GK102")] == [("GK102", line_of(text, h[3]))]


@pytest.mark.parametrize("name", MUTATED)
def test_renumbered_section(name):
    text = replace_once(corpus(name), "二、主动公开政府信息情况", "三、主动公开政府信息情况")
    assert [f.span.line for f in lint(text, "GK103")][0] == line_of(text, "三、主动公开政府信息情况")


@pytest.mark.parametrize("name", MUTATED)
def test_reworded_section(name):
    text = replace_once(corpus(name), "五、存在的主要问题及改进情况", "五、工作中存在的不足和下一步打算")
    assert [(f.rule, f.span.line) for f in lint(text, "GK101", "GK104")] == [
        ("GK101", line_of(text, "六、其他需要报告的事项"))
    ]
    text = replace_once(corpus(name), "五、存在的主要问题及改进情况", "五、存在的主要问题及改进措施")
    assert [(f.rule, f.span.line) for f in lint(text, "GK101", "GK104")] == [
        ("GK104", line_of(text, "五、存在的主要问题及改进措施"))
    ]


# Planted defects in the tables: every figure of 表三 and 表四 changed in turn.
ARITHMETIC = ("GK203", "GK204", "GK205", "GK206")
TABLES = {"application": "GK203", "review": "GK206"}  # the rule of the changed figure's row


def arithmetic(text: str) -> set[tuple[str, int, int, str]]:
    return {(f.rule, f.span.line, f.span.column, f.message) for f in lint(text, *ARITHMETIC)}


def changed_figures(name: str):
    """(what, text with that figure one more, its line, the rule of its row) for every figure
    read; the row's rule is None where its other figures are not all read (a blank total
    in a scrambled table): then another identity catches it."""
    text = corpus(name)
    lines = text.split("\n")
    tables = linter().model(readers.read(CORPUS / name)).tables
    for table in TABLES:
        reading = tables.get(table)
        for row, column, cell in reading.cells():
            if cell.kind == "number":
                line = lines[cell.line - 1]
                start = cell.span.column - 1
                changed = line[:start] + str(cell.value + 1) + line[start + len(cell.text) :]
                whole_row = all(c.kind == "number" for c in row.cells.values())
                where = (table, row.key, column)
                yield (
                    where,
                    "\n".join(lines[: cell.line - 1] + [changed] + lines[cell.line :]),
                    cell.line,
                    TABLES[table] if whole_row else None,
                )


@pytest.mark.parametrize("name", TEXT_FILES)
def test_every_changed_figure_is_caught_at_its_line(name):
    before = arithmetic(corpus(name))
    count = 0
    for where, text, line, rule in changed_figures(name):
        new = arithmetic(text) - before
        assert new and {at for _, at, _, _ in new} == {line}, (where, new)
        assert rule is None or rule in {r for r, _, _, _ in new}, (where, new)
        count += 1
    assert count >= 15 + 7 * 14  # 表四, and at least 14 rows of 表三 even where scrambled


def test_removed_application_table():
    text = corpus("2023-hongze-district.txt")
    lines = text.split("\n")
    first, last = line_of(text, "一、本年新收政府信息公开申请数量"), line_of(text, "四、结转下年度继续办理")
    text = "\n".join(lines[: first - 1] + lines[last:])
    assert [(f.rule, f.span.line) for f in lint(text, "GK201")] == [
        ("GK201", line_of(text, "三、收到和处理政府信息公开申请情况"))
    ]


def test_items_below_zero_in_a_2019_format_report():
    text = replace_once(corpus("2020-dongan-district.txt"), "行政许可\t134\t-51", "行政许可\t134\t-151")
    assert [(f.rule, f.span.line) for f in lint(text, "GK207")] == [("GK207", 40)]


def test_a_2021_report_on_the_2019_tables():
    findings = linter(("GK208",)).lint_text(corpus("2020-dongan-district.txt"), "copy.txt", Options(year=2021))
    assert [(f.rule, f.span.line, f.severity) for f in findings] == [("GK208", 33, "error")]


def test_narrative_figure_changed_in_a_pdf_layout_report():
    text = replace_once(corpus("2024-huaian-city.txt"), "政府信息公开行政复议 351", "政府信息公开行政复议 350")
    assert [(f.rule, f.span.line) for f in lint(text, "GK403")] == [("GK403", 33)]


def test_changed_period_in_a_pdf_layout_report():
    text = replace_once(corpus("2023-hongze-district.txt"), "起至 2023 年 12 月 31 日止", "起至 2023 年 6 月 30 日止")
    assert [(f.rule, f.span.line) for f in lint(text, "GK301", "GK302")] == [("GK301", 6)]


def test_changed_title_year():
    text = replace_once(
        corpus("2024-huaian-city.txt"), "2024 年政府信息公开工作年度报告", "2023 年政府信息公开工作年度报告"
    )
    assert [(f.rule, f.span.line) for f in lint(text, "GK301", "GK302")] == [("GK302", 2)]


def test_changed_body_year():
    text = replace_once(
        corpus("2020-dongan-district.txt"),
        "各直属单位 2020 年度政府信息公开情况",
        "各直属单位 2019 年度政府信息公开情况",
    )
    assert [(f.rule, f.span.line) for f in lint(text, "GK301", "GK302")] == [("GK302", 7)]


def test_changed_period_year_in_a_converted_report():
    text = replace_once(corpus("2025-shanghai-gov-office.txt"), "统计期限为 2025", "统计期限为 2024")
    assert [(f.rule, f.span.line) for f in lint(text, "GK301", "GK302")] == [("GK301", 11)]
