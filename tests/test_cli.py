"""The command line as the contract describes it: output shapes, exit codes, options."""

import json
import subprocess
import sys

from click.testing import CliRunner

from linter.cli import main

from .helpers import CLEAN, ROOT, SAMPLES

DEFECTS = SAMPLES / "2023-qinghe-education-bureau.txt"
FIELDS = [
    "path",
    "line",
    "column",
    "end_line",
    "end_column",
    "rule",
    "name",
    "severity",
    "message",
    "basis",
    "fix",
    "location",
    "fingerprint",
]


def run(*args: str):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_clean_report_exits_0_with_a_summary():
    result = run("check", CLEAN)
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "未发现问题" in result.stderr


def test_text_lines_follow_the_contract():
    result = run("check", DEFECTS)
    assert result.exit_code == 1
    first = result.stdout.splitlines()[0]
    assert first.startswith(f"{DEFECTS}:1:1: GK106 [warning] 报告标题缺少")
    assert first.endswith("(《政府信息公开工作年度报告格式》)")


def test_json_output_has_every_field_sorted_by_line():
    result = run("check", "--format", "json", DEFECTS)
    findings = json.loads(result.stdout)
    assert all(list(f) == FIELDS for f in findings)
    assert [(f["line"], f["column"]) for f in findings] == sorted((f["line"], f["column"]) for f in findings)
    assert {f["severity"] for f in findings} <= {"error", "warning", "info"}


def test_json_of_a_clean_report_is_an_empty_array():
    assert json.loads(run("check", "--format", "json", CLEAN).stdout) == []


def test_fix_is_proposed_where_safe():
    findings = json.loads(run("check", "--format", "json", "--select", "GK105", DEFECTS).stdout)
    assert findings[0]["fix"] == {"line": 11, "column": 1, "end_line": 11, "end_column": 3, "text": "（二）"}


def test_select_and_ignore_by_prefix_longest_wins():
    result = run("check", "--format", "json", "--select", "GK10", "--ignore", "GK105,GK106", DEFECTS)
    assert sorted({f["rule"] for f in json.loads(result.stdout)}) == ["GK101", "GK104", "GK108", "GK109"]


def test_select_longer_prefix_wins_over_ignore():
    result = run("check", "--format", "json", "--ignore", "GK1", "--select", "GK105", DEFECTS)
    assert {f["rule"] for f in json.loads(result.stdout)} == {"GK105"}


def test_unknown_rule_prefix_is_a_usage_error():
    result = run("check", "--select", "GK999", CLEAN)
    assert result.exit_code == 2
    assert "没有与 GK999 相符的规则" in result.stderr
    assert "no rule matches GK999" in run("check", "--lang", "en", "--select", "GK999", CLEAN).stderr


def test_english_messages():
    result = run("check", "--lang", "en", "--select", "GK101", DEFECTS)
    assert "Section 五 “存在的主要问题及改进情况” is missing" in result.stdout
    assert "findings (1 errors" in result.stderr or "1 findings" in result.stderr


def test_fail_on_warning_and_exit_zero():
    only_warnings = ["--select", "GK105"]
    assert run("check", *only_warnings, DEFECTS).exit_code == 0
    assert run("check", *only_warnings, "--fail-on", "warning", DEFECTS).exit_code == 1
    assert run("check", "--exit-zero", DEFECTS).exit_code == 0


def test_year_and_published_options():
    result = run("check", "--format", "json", "--published", "2024-04-02", "--select", "GK303", CLEAN)
    assert [f["rule"] for f in json.loads(result.stdout)] == ["GK303"]
    assert run("check", "--published", "2024-02-30", CLEAN).exit_code == 2
    assert run("check", "--year", "20233", CLEAN).exit_code == 2


def test_folder_is_searched_recursively_and_hidden_folders_skipped(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    (tmp_path / "a" / "b" / "r.txt").write_text(CLEAN.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / ".git" / "r.txt").write_text("二进制", encoding="utf-8")
    (tmp_path / "a" / "notes.csv").write_text("x", encoding="utf-8")
    result = run("check", "-q", "--format", "json", tmp_path)
    assert result.exit_code == 0
    assert "检查了" not in result.stderr
    assert run("check", tmp_path).stderr.startswith("检查了 1 个文件")


def test_missing_path_is_exit_2():
    result = run("check", "/nonexistent/report.txt")
    assert result.exit_code == 2
    assert result.stderr == "xxgk-lint: 错误：/nonexistent/report.txt：没有这个文件或文件夹\n"
    assert "no such file or folder" in run("check", "--lang", "en", "/nonexistent/report.txt").stderr


def test_unreadable_and_non_report_files_are_findings(tmp_path):
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "notice.txt").write_text("关于召开会议的通知\n各单位：\n定于3月5日开会。\n", encoding="utf-8")
    findings = json.loads(run("check", "--format", "json", tmp_path).stdout)
    assert [(f["path"].rsplit("/", 1)[1], f["rule"]) for f in findings] == [
        ("bin.txt", "GK001"),
        ("empty.txt", "GK002"),
        ("notice.txt", "GK002"),
    ]


def test_broken_rule_pack_is_exit_2_with_a_located_error(tmp_path):
    (tmp_path / "broken.yaml").write_text("rules:\n  - id: GK900\n    name: x\n    severity: loud\n", encoding="utf-8")
    result = run("check", "--rules", tmp_path, CLEAN)
    assert result.exit_code == 2
    assert "broken.yaml: rule 1 (GK900)" in result.stderr
    assert "Traceback" not in result.stderr


def test_rules_lists_every_rule():
    result = run("rules")
    ids = [line.split()[0] for line in result.stdout.splitlines()]
    assert ids[:4] == ["GK000", "GK001", "GK002", "GK003"]
    assert {"GK101", "GK105", "GK301", "GK303", "GK401"} <= set(ids)
    listing = json.loads(run("rules", "--format", "json", "--lang", "en").stdout)
    assert listing[0] == {
        "id": "GK000",
        "name": "internal-error",
        "severity": "error",
        "fix": False,
        "summary": listing[0]["summary"],
    }


def test_explain_shows_basis_and_both_examples_with_real_output():
    result = run("explain", "GK105")
    assert result.exit_code == 0
    assert "依据" in result.stdout and "不符合的示例" in result.stdout and "符合的示例" in result.stdout
    assert "4:1: GK105 [warning]" in result.stdout
    assert run("explain", "bracket-style", "--lang", "en").stdout.startswith("GK105 bracket-style [warning]")
    assert run("explain", "GK999").exit_code == 2


def test_parse_prints_the_ast_and_the_recognised_sections():
    document = json.loads(run("parse", CLEAN).stdout)
    assert document["ast"]["title"]["text"] == "青禾县人民政府2023年政府信息公开工作年度报告"
    assert [s["heading"]["numeral"] for s in document["ast"]["sections"]] == list("一二三四五六")
    assert [s["status"] for s in document["report"]["sections"]] == ["found"] * 6
    assert document["report"]["organ_kind"] == "government"
    heading = document["ast"]["sections"][0]["heading"]
    assert heading["span"] == {"line": 6, "column": 1, "end_line": 6, "end_column": 6}


def test_parse_prints_the_tables_as_read():
    tables = {t["name"]: t for t in json.loads(run("parse", CLEAN).stdout)["report"]["tables"]}
    assert list(tables) == ["disclosure", "application", "review"]
    assert tables["disclosure"]["rows"]["fees"]["fee_amount"]["value"] == 86.5
    total = tables["application"]["rows"]["results_total"]["total"]
    assert (total["value"], total["line"], total["column"]) == (46, 68, 21)


def test_parse_of_an_unreadable_file_is_a_clear_error(tmp_path):
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)))
    result = run("parse", tmp_path / "bin.txt")
    assert result.exit_code == 2 and "cannot read it (binary)" in result.stderr


def test_python_dash_m_runs_the_same_cli():
    result = subprocess.run(
        [sys.executable, "-m", "linter", "check", str(CLEAN)], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    version = subprocess.run([sys.executable, "-m", "linter", "--version"], capture_output=True, text=True, cwd=ROOT)
    assert version.stdout.startswith("xxgk-lint, version")


def test_a_100_mb_file_is_a_finding_not_a_hang(tmp_path):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as out:
        out.truncate(100 * 1024 * 1024)  # sparse: costs no disk and no time
    findings = json.loads(run("check", "--format", "json", huge).stdout)
    assert [(f["rule"], f["line"]) for f in findings] == [("GK001", 1)]
    assert "100.0 MB" in findings[0]["message"]


def test_parse_text_numbers_the_extracted_lines_as_findings_do(tmp_path):
    lines = run("parse", "--text", CLEAN).stdout.splitlines()
    assert lines[0] == "    1: 青禾县人民政府"
    assert lines[5] == "    6: 一、总体情况"
    page = tmp_path / "report.html"
    page.write_text(
        "<table><tr><td>一、本年新收</td><td>6</td></tr></table>\n<p>一、<span>总体</span>情况</p>", encoding="utf-8"
    )
    assert run("parse", "--text", page).stdout.splitlines() == [
        "    1: 一、本年新收\t6  [表格 1 第 1 行（源码第 1 行）]",
        "    2: 一、总体情况  [源码第 2 行]",
    ]
    assert run("parse", "--text", "--lang", "en", page).stdout.splitlines()[1] == "    2: 一、总体情况  [source line 2]"


def test_findings_in_a_page_end_with_where_they_are_in_it(tmp_path):
    page = tmp_path / "report.html"
    page.write_text(
        "<h1>某某县教育局2023年政府信息公开年度报告</h1>\n<p>一、总体情况</p><p>正文。</p>", encoding="utf-8"
    )
    result = run("check", "--select", "GK106", page)
    assert result.stdout == (
        f"{page}:1:1: GK106 [warning] 报告标题缺少“政府信息公开工作年度报告”字样：“某某县教育局2023年政府信息公开年度报告” "
        "(《政府信息公开工作年度报告格式》) [源码第 1 行]\n"
    )
    assert (
        json.loads(run("check", "--format", "json", "--select", "GK106", page).stdout)[0]["location"] == "源码第 1 行"
    )


def test_a_folder_run_checks_word_html_and_pdf_files(tmp_path):
    from . import report_formats

    for name, data in [
        ("r.docx", report_formats.to_docx()),
        ("r.htm", report_formats.to_html()),
        ("r.pdf", report_formats.to_pdf()),
    ]:
        (tmp_path / name).write_bytes(data)
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100))
    result = run("check", "--format", "json", tmp_path)
    assert result.stderr.startswith("检查了 4 个文件")
    by_file = {}
    for finding in json.loads(result.stdout):
        by_file.setdefault(finding["path"].rsplit("/", 1)[1], []).append(finding["rule"])
    assert by_file["old.doc"] == ["GK001"]
    assert len(by_file["r.docx"]) == len(by_file["r.htm"]) == len(by_file["r.pdf"]) == len(report_formats.FINDINGS)
