"""Cross-report rules (GK501–GK506): reports paired by organ and year, on real report
pairs changed one figure or one passage at a time, and on short pairs of report text."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from linter.cli import main

from .helpers import CORPUS, line_of, needs_corpus, replace_once

HONGZE_2023 = CORPUS / "2023-hongze-district.txt"
HONGZE_2024 = CORPUS / "2024-hongze-district.txt"
DONGAN_2020 = CORPUS / "2020-dongan-district.txt"


def check(*args) -> list[dict]:
    result = CliRunner().invoke(main, ["check", "--format", "json", "--select", "GK5", *map(str, args)])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def real(path: Path) -> str:
    return path.read_text(encoding="utf-8")


# -- the real pair ---------------------------------------------------------------------------


@needs_corpus
def test_the_real_hongze_pair_gives_nothing_in_a_folder_or_with_previous(tmp_path):
    # File names that say nothing: the pairing is by the organ and year the reports state.
    write(tmp_path, "b.txt", real(HONGZE_2023))
    write(tmp_path, "a.txt", real(HONGZE_2024))
    assert check(tmp_path) == []
    assert check("--previous", HONGZE_2023, HONGZE_2024) == []


@needs_corpus
def test_last_years_carried_forward_changed_gives_gk501_at_this_years_line(tmp_path):
    last = replace_once(
        real(HONGZE_2023), "继续办理                            0", "继续办理                            2"
    )
    earlier = write(tmp_path, "x.txt", last)
    later = write(tmp_path, "y.txt", real(HONGZE_2024))
    found = check(tmp_path)
    assert [(f["rule"], f["path"], f["line"]) for f in found] == [
        ("GK501", str(later), line_of(real(HONGZE_2024), "二、上年结转"))
    ]
    assert str(earlier) in found[0]["message"] and str(earlier) in found[0]["location"]
    assert "自然人" in found[0]["message"] and "2" in found[0]["message"]


@needs_corpus
def test_this_years_stock_changed_gives_gk504_with_both_files(tmp_path):
    this = replace_once(
        real(HONGZE_2024),
        "行政规范性文件          3          0       8",
        "行政规范性文件          3          0       9",
    )
    later = write(tmp_path, "this.txt", this)
    found = check("--previous", HONGZE_2023, later)
    assert [(f["rule"], f["path"], f["line"]) for f in found] == [
        ("GK504", str(later), line_of(this, "行政规范性文件"))
    ]
    assert str(HONGZE_2023) in found[0]["message"] and "应为8" in found[0]["message"]


@needs_corpus
def test_last_years_section_five_copied_gives_gk503_with_its_share(tmp_path):
    last, this = real(HONGZE_2023), real(HONGZE_2024)
    five_last = last[last.index("五、存在的主要问题") : last.index("六、其他需要报告")]
    five_this = this[this.index("五、存在的主要问题") : this.index("六、其他需要报告")]
    later = write(tmp_path, "this.txt", this.replace(five_this, five_last))
    found = check("--previous", HONGZE_2023, later)
    assert [f["rule"] for f in found] == ["GK503"]
    assert "100%" in found[0]["message"] and "存在的主要问题及改进情况" in found[0]["message"]


@needs_corpus
def test_the_same_passage_in_two_organs_reports_gives_gk505_on_each(tmp_path):
    this = real(HONGZE_2024)
    five = this[this.index("五、存在的主要问题") : this.index("六、其他需要报告")]
    other = real(CORPUS / "2024-huaian-city.txt")
    other_five = other[other.index("五、存在的主要问题") : other.index("六、其他需要报告")]
    first = write(tmp_path, "1.txt", this)
    second = write(tmp_path, "2.txt", other.replace(other_five, five))
    found = check(tmp_path)
    assert sorted((f["rule"], f["path"]) for f in found) == [("GK505", str(first)), ("GK505", str(second))]
    assert str(second) in next(f["message"] for f in found if f["path"] == str(first))


@needs_corpus
def test_a_report_with_last_years_figures_gives_gk506(tmp_path):
    # Last year's report with only its years changed: the same tables, and the same text.
    copied = real(HONGZE_2023).replace("2023", "2024")
    later = write(tmp_path, "copy.txt", copied)
    rules = {f["rule"] for f in check("--previous", HONGZE_2023, later)}
    assert {"GK503", "GK506"} <= rules and "GK501" not in rules


# -- the 2019 format, and the change of format ---------------------------------------------------


def _dongan_2019() -> str:
    """The 2020 report as the year before would have been: each 上一年项目数量 of 2020 is
    the 2019 figure plus the 2019 本年增/减 (行政许可 100 + 34 = 134 …)."""
    text = real(DONGAN_2020).replace("2020", "2019")
    for row, was, before in (
        ("行政许可", "134\t-51\t5190", "100\t34\t4800"),
        ("行政处罚", "705\t-482\t10", "700\t5\t12"),
        ("行政强制", "36\t-21\t0", "30\t6\t1"),
    ):
        text = replace_once(text, f"{row}\t{was}", f"{row}\t{before}")
    return text


def _continuity(*args) -> list[tuple[str, int]]:
    return [(f["rule"], f["line"]) for f in check(*args) if f["rule"] in ("GK501", "GK502", "GK504")]


@needs_corpus
def test_the_2019_format_pair_joins_up_and_gk502_fires_when_it_does_not(tmp_path):
    earlier = write(tmp_path, "2019.txt", _dongan_2019())
    assert _continuity("--previous", earlier, DONGAN_2020) == []
    write(tmp_path, "2019.txt", replace_once(_dongan_2019(), "行政许可\t100\t34", "行政许可\t100\t37"))
    assert _continuity("--previous", earlier, DONGAN_2020) == [("GK502", line_of(real(DONGAN_2020), "行政许可\t134"))]


@needs_corpus
def test_nothing_is_said_across_the_change_of_format(tmp_path):
    # A 2021 report (2021 format) of the organ whose 2020 report is on the 2019 format.
    dongan = "东安区人民政府"
    assert dongan in real(DONGAN_2020)
    text = real(HONGZE_2023).replace("2023", "2021").replace("淮安市洪泽区人民政府", dongan)
    later = write(tmp_path, "2021.txt", text.replace("洪泽区人民政府", dongan))
    assert _continuity("--previous", DONGAN_2020, later) == []


# -- pairs of report text ---------------------------------------------------------------------

STOCK = """\
    某某县教育局{year}年政府信息公开工作年度报告
    二、主动公开政府信息情况
    信息内容	本年制发件数	本年废止件数	现行有效件数
    规章	0	0	0
    行政规范性文件	{issued}	0	{in_force}
    """


def test_gk504_on_a_pair_of_texts(tmp_path):
    write(tmp_path, "a.txt", STOCK.format(year=2022, issued=2, in_force=5))
    later = write(tmp_path, "b.txt", STOCK.format(year=2023, issued=3, in_force=9))
    assert [(f["rule"], f["line"], f["path"]) for f in check(tmp_path)] == [("GK504", 5, str(later))]
    write(tmp_path, "b.txt", STOCK.format(year=2023, issued=3, in_force=8))
    assert check(tmp_path) == []


def test_reports_of_other_organs_or_years_are_not_paired(tmp_path):
    write(tmp_path, "a.txt", STOCK.format(year=2022, issued=2, in_force=5))
    write(tmp_path, "b.txt", STOCK.format(year=2024, issued=3, in_force=9))  # two years on
    write(tmp_path, "c.txt", STOCK.format(year=2023, issued=3, in_force=9).replace("教育局", "卫生健康委员会"))
    assert check(tmp_path) == []


def test_a_higher_level_place_written_one_year_only_still_pairs(tmp_path):
    write(tmp_path, "a.txt", STOCK.format(year=2022, issued=2, in_force=5).replace("某某县", "某某市某某县"))
    write(tmp_path, "b.txt", STOCK.format(year=2023, issued=3, in_force=9))
    assert [f["rule"] for f in check(tmp_path)] == ["GK504"]


def test_select_ignore_suppressions_and_baselines_apply(tmp_path):
    write(tmp_path, "a.txt", STOCK.format(year=2022, issued=2, in_force=5))
    later = STOCK.format(year=2023, issued=3, in_force=9)
    write(tmp_path, "b.txt", later)
    assert CliRunner().invoke(main, ["check", "--ignore", "GK504", "--select", "GK5", str(tmp_path)]).exit_code == 0
    baseline = tmp_path / "baseline.json"
    CliRunner().invoke(main, ["check", "--select", "GK5", "--write-baseline", str(baseline), str(tmp_path)])
    assert check("--baseline", baseline, tmp_path) == []
    disabled = later.replace(
        "    行政规范性文件", "    <!-- xxgk-lint: disable-next-line GK504 -->\n    行政规范性文件"
    )
    write(tmp_path, "b.txt", disabled)
    result = CliRunner().invoke(main, ["check", "--format", "json", str(tmp_path)])
    assert not [f for f in json.loads(result.stdout) if f["rule"] in ("GK504", "GK004")]
    write(tmp_path, "b.txt", disabled.replace("9", "8"))  # now nothing to suppress
    result = CliRunner().invoke(main, ["check", "--format", "json", str(tmp_path)])
    assert [(f["rule"], f["line"]) for f in json.loads(result.stdout) if f["rule"] in ("GK504", "GK004")] == [
        ("GK004", 5)
    ]


@pytest.mark.parametrize("output_format", ["text", "json", "sarif", "junit", "github"])
def test_every_output_format_shows_cross_report_findings(tmp_path, output_format):
    write(tmp_path, "a.txt", STOCK.format(year=2022, issued=2, in_force=5))
    write(tmp_path, "b.txt", STOCK.format(year=2023, issued=3, in_force=9))
    result = CliRunner().invoke(main, ["check", "--format", output_format, "--select", "GK5", str(tmp_path)])
    assert result.exit_code == 0 and "GK504" in result.stdout  # a warning: below --fail-on error


def test_parse_shows_the_pairing(tmp_path):
    earlier = write(tmp_path, "a.txt", STOCK.format(year=2022, issued=2, in_force=5).replace("某某县", "某某市某某县"))
    later = write(tmp_path, "b.txt", STOCK.format(year=2023, issued=3, in_force=9))
    result = CliRunner().invoke(main, ["parse", str(later), "--previous", str(earlier)])
    pairing = json.loads(result.stdout)["pairing"]
    assert pairing["organ_key"] == "某某县教育局" and pairing["year"] == 2023
    assert pairing["previous"]["pairs"] is True


SHARED = """\
    {organ}2023年政府信息公开工作年度报告
    六、其他需要报告的事项
    {organ}严格落实政府信息公开工作责任制，主要负责同志定期听取政府信息公开工作汇报，研究解决工作中遇到的困难和问题。
    {organ}建立健全政府信息公开审查机制，坚持先审查后公开，全年审查稿件{count}篇，未发生泄密事件和因信息公开引发的舆情事件。
    {organ}将政府信息公开工作纳入年度绩效考核，考核结果作为评先评优的重要依据，推动各项任务落到实处。
    """


def test_own_names_and_figures_do_not_make_a_shared_passage_new(tmp_path):
    first = write(tmp_path, "a.txt", SHARED.format(organ="某某县教育局", count=120))
    second = write(tmp_path, "b.txt", SHARED.format(organ="某某县卫生健康委员会", count=87))
    found = check(tmp_path)
    assert sorted((f["rule"], f["path"], f["line"]) for f in found) == [
        ("GK505", str(first), 3),
        ("GK505", str(second), 3),
    ]


def test_one_organs_two_years_share_no_text_with_another_organ(tmp_path):
    write(tmp_path, "a.txt", SHARED.format(organ="某某县教育局", count=120))
    write(tmp_path, "b.txt", SHARED.format(organ="某某县教育局", count=87).replace("2023", "2022"))
    assert [f["rule"] for f in check(tmp_path)] == ["GK503"]  # copied from last year, not another organ's


def test_a_previous_file_that_gives_no_report_is_an_error(tmp_path):
    empty = write(tmp_path, "empty.docx", "not a word file")
    later = write(tmp_path, "b.txt", STOCK.format(year=2023, issued=3, in_force=9))
    result = CliRunner().invoke(main, ["check", "--previous", str(empty), str(later)])
    assert result.exit_code == 2 and "--previous" in result.stderr


def test_previous_pairs_with_its_own_organs_reports_only_in_a_folder(tmp_path):
    earlier = write(tmp_path, "last.txt", STOCK.format(year=2022, issued=2, in_force=5))
    folder = tmp_path / "2023"
    folder.mkdir()
    write(folder, "ours.txt", STOCK.format(year=2023, issued=3, in_force=9))
    write(folder, "theirs.txt", STOCK.format(year=2023, issued=3, in_force=9).replace("教育局", "卫生健康委员会"))
    assert [Path(f["path"]).name for f in check("--previous", earlier, folder)] == ["ours.txt"]
