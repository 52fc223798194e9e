"""What ``audit --output`` writes opens where reviewers open it: the workbook in a
spreadsheet library, the CSV with its byte-order mark, the JSON as JSON."""

import csv
import json

import openpyxl
import pytest
from click.testing import CliRunner

from linter.cli import main

from .helpers import CLEAN, CORPUS, SAMPLES, needs_corpus

DEFECTS = SAMPLES / "2023-qinghe-education-bureau.txt"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """The corpus (or the samples, without it) audited into each format, with a roster."""
    folder = tmp_path_factory.mktemp("outputs")
    roster = folder / "roster.csv"
    roster.write_text("机关,类型,地区\n青禾县人民政府,政府,青禾县\n青禾县审计局,部门,青禾县\n", encoding="utf-8")
    paths = [CORPUS, SAMPLES] if CORPUS.is_dir() else [SAMPLES]
    for suffix in ("xlsx", "csv", "json"):
        run("audit", *paths, "--roster", roster, "--output", folder / f"audit.{suffix}", "-q", "--jobs", "1")
    run("audit", *paths, "--roster", roster, "--output", folder / "audit.en.xlsx", "--lang", "en", "-q")
    return folder


def test_the_workbook_has_reports_findings_and_missing_organs_with_frozen_filtered_headers(written):
    book = openpyxl.load_workbook(written / "audit.xlsx")
    assert book.sheetnames == ["报告", "问题清单", "未报送机关"]
    reports, findings, missing = (book[name] for name in book.sheetnames)
    header = [c.value for c in reports[1]]
    assert header[:4] == ["文件", "机关", "机关类型", "年度"] and header[-1] == "状态"
    rows = {r[0]: r for r in reports.iter_rows(min_row=2, values_only=True)}
    assert rows[str(CLEAN)][1:4] == ("青禾县人民政府", "县级人民政府", 2023)
    assert rows[str(CLEAN)][-1] == "无问题"
    for sheet in (reports, findings, missing):
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref.startswith("A1:")
    found = list(findings.iter_rows(min_row=2, values_only=True))
    assert any(r[0] == str(DEFECTS) and r[6] == "GK101" for r in found)
    assert [(r[0], r[4]) for r in missing.iter_rows(min_row=2, values_only=True)] == [("青禾县审计局", 3)]


def test_the_workbook_in_english(written):
    book = openpyxl.load_workbook(written / "audit.en.xlsx")
    assert book.sheetnames == ["Reports", "Findings", "Missing organs"]
    assert [c.value for c in book["Reports"][1]][:2] == ["File", "Organ"]


def test_the_csv_has_a_bom_and_one_row_per_finding(written):
    raw = (written / "audit.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:3] == ["文件", "机关", "年度"]
    document = json.loads((written / "audit.json").read_text(encoding="utf-8"))
    total = sum(len(r["findings"]) for r in document["reports"]) + len(document["run_findings"])
    assert len(rows) - 1 == total
    assert any(r[6] == "GK601" and "青禾县审计局" in r[9] for r in rows[1:])


def test_the_json_lists_reports_with_their_findings(written):
    document = json.loads((written / "audit.json").read_text(encoding="utf-8"))
    by_path = {r["path"]: r for r in document["reports"]}
    assert by_path[str(CLEAN)]["status"] == "clean" and by_path[str(CLEAN)]["findings"] == []
    defects = by_path[str(DEFECTS)]
    assert defects["errors"] == sum(f["severity"] == "error" for f in defects["findings"]) > 0
    assert document["totals"]["by_status"]["clean"] >= 1


@needs_corpus
def test_corpus_findings_carry_their_section_and_quoted_line(written):
    rows = list(csv.reader((written / "audit.csv").read_text(encoding="utf-8-sig").splitlines()))
    shuyang = [r for r in rows if r[0].endswith("2023-shuyang-fgj.html")]
    assert shuyang and all(r[12] for r in shuyang if r[6] != "GK106")  # each quotes its source line


def test_a_roster_kind_overrides_what_the_title_suggests(tmp_path):
    roster = tmp_path / "roster.csv"
    roster.write_text("organ,kind\n青禾县人民政府,department\n", encoding="utf-8")
    run("audit", CLEAN, "--roster", roster, "--output", tmp_path / "a.json", "-q")
    (report,) = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))["reports"]
    assert report["organ_kind"] == "department"


def test_an_xlsx_roster_is_read(tmp_path):
    import xlsxwriter

    path = tmp_path / "roster.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("名单")
    sheet.write_row(0, 0, ["单位名称", "机关类型"])
    sheet.write_row(1, 0, ["青禾县人民政府", "政府"])
    sheet.write_row(2, 0, ["青禾县 统计局", "部门"])
    book.close()
    result = run("audit", CLEAN, "--roster", path)
    assert result.exit_code == 1
    assert "青禾县 统计局" in result.stdout.split("未报送")[-1]


def test_a_roster_without_an_organ_column_is_a_located_error(tmp_path):
    roster = tmp_path / "roster.csv"
    roster.write_text("name,kind\n青禾县人民政府,government\n", encoding="utf-8")
    result = run("audit", CLEAN, "--roster", roster)
    assert result.exit_code == 2
    assert f"{roster}:1:" in result.stderr
    roster.write_text("organ,kind\n青禾县人民政府,ministry\n", encoding="utf-8")
    assert f"{roster}:2:" in run("audit", CLEAN, "--roster", roster).stderr
