"""GK601 missing-report and GK602 unlisted-organ, on report text and roster text."""

import textwrap

from linter.model.report import Options
from linter.model.roster import roster_from_text, unreported

from ..helpers import CLEAN, linter

REPORT = CLEAN.read_text(encoding="utf-8")  # 青禾县人民政府2023年…
EDUCATION = """\
    青禾县教育局2023年政府信息公开工作年度报告
    一、总体情况
    2023年，我局认真贯彻落实《条例》。
"""


def roster(text: str):
    return roster_from_text("roster.txt", textwrap.dedent(text))


def gk602(text: str, listed: str) -> list[tuple[int, int, str]]:
    found = linter(("GK602",)).lint_text(textwrap.dedent(text), "report.txt", Options(roster=roster(listed)))
    return [(f.span.line, f.span.column, f.message) for f in found]


def gk601(reports: list[str], listed: str, year: int | None = None) -> list[tuple[int, str]]:
    """GK601 of a run over ``reports`` (report texts) against the roster ``listed``."""
    checked = linter(("GK601",))
    the_roster = roster(listed)
    pairs = []
    for text in reports:
        result = checked.check(_source(text), Options(roster=the_roster))
        pairs.append((result.facts.organ, result.facts.year))
    return [(f.span.line, f.message) for f in checked.roster_findings(unreported(the_roster, pairs, year))]


def _source(text: str):
    from linter.readers.source import Source

    return Source("report.txt", textwrap.dedent(text), "utf-8")


def test_gk602_an_organ_not_on_the_roster_is_reported_at_the_title():
    ((line, column, message),) = gk602(EDUCATION, "青禾县人民政府\n")
    assert (line, column) == (1, 1)
    assert "青禾县教育局" in message and "roster.txt" in message


def test_gk602_is_silent_for_a_listed_organ_however_written():
    assert gk602(EDUCATION, "青禾县人民政府\n青禾县 教育局\n") == []
    assert gk602(REPORT, "青禾县政府\n") == []  # 人民政府 and 政府 fold alike


def test_gk602_is_silent_without_a_roster():
    assert linter(("GK602",)).lint_text(textwrap.dedent(EDUCATION)) == []


def test_gk601_an_organ_with_no_report_is_reported_at_its_roster_line():
    assert gk601([REPORT], "# 青禾县\n青禾县人民政府\n\n青禾县财政局\n") == [
        (4, "名单上的“青禾县财政局”没有政府信息公开工作年度报告")
    ]


def test_gk601_is_silent_when_every_organ_reported():
    assert gk601([REPORT, EDUCATION], "青禾县人民政府\n青禾县教育局\n") == []


def test_gk601_counts_only_reports_of_the_audited_year():
    assert gk601([REPORT], "青禾县人民政府\n", year=2023) == []
    assert gk601([REPORT], "青禾县人民政府\n", year=2024) == [
        (1, "名单上的“青禾县人民政府”没有2024年度的政府信息公开工作年度报告")
    ]


def test_a_roster_kind_overrides_the_kind_the_title_suggests():
    from linter.model.roster import roster_from_csv

    listed = roster_from_csv("roster.csv", "organ,kind\n青禾县人民政府,department\n")
    model = linter().model(_source(REPORT), Options(roster=listed))
    assert model.organ_kind == "department"
    assert linter().model(_source(REPORT)).organ_kind == "government"
