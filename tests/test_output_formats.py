"""Output formats (SARIF, GitHub, JUnit, statistics), --output, and baselines."""

import json
from pathlib import Path
from xml.etree import ElementTree as ET

import jsonschema
from click.testing import CliRunner

from linter.cli import main

from .helpers import CLEAN, SAMPLES

DEFECTS = SAMPLES / "2023-qinghe-education-bureau.txt"
SARIF_SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-2.1.0-rtm.5.json").read_text(encoding="utf-8"))


def run(*args, env=None):
    return CliRunner(env=env).invoke(main, ["check", *map(str, args)])


def test_sarif_validates_against_the_sarif_2_1_0_schema():
    document = json.loads(run("--format", "sarif", DEFECTS, CLEAN).stdout)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(document)
    driver = document["runs"][0]["tool"]["driver"]
    rule = next(r for r in driver["rules"] if r["id"] == "GK105")
    assert rule["name"] == "bracket-style"
    assert rule["defaultConfiguration"] == {"level": "warning"}
    assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"] and rule["help"]["text"]


def test_sarif_results():
    document = json.loads(run("--format", "sarif", "--select", "GK105", DEFECTS).stdout)
    run_ = document["runs"][0]
    assert run_["columnKind"] == "unicodeCodePoints"
    result = run_["results"][0]
    assert result["ruleId"] == "GK105" and result["level"] == "warning"
    assert run_["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == "GK105"
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"].endswith("2023-qinghe-education-bureau.txt")
    assert location["region"] == {"startLine": 11, "startColumn": 1, "endLine": 11, "endColumn": 4}
    assert len(result["partialFingerprints"]["xxgkLint/v1"]) == 16


def test_sarif_info_is_a_note_and_paths_are_uri_encoded(tmp_path):
    report = tmp_path / "二〇一七年报告.txt"
    report.write_text("某某县人民政府2017年政府信息公开工作年度报告\n一、概述\n", encoding="utf-8")
    result = json.loads(run("--format", "sarif", report).stdout)["runs"][0]["results"][0]
    assert result["level"] == "note"
    assert "%E4%BA%8C" in result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]


def test_github_annotations_and_escaping(tmp_path):
    lines = run("--format", "github", "--select", "GK105,GK301", DEFECTS).stdout.splitlines()
    assert lines[0].startswith(
        f"::error file={DEFECTS},line=3,col=36,endLine=3,endColumn=56,title=GK301 statistical-period::"
    )
    assert lines[1].startswith("::warning ")
    report = tmp_path / "a,b:c.txt"
    report.write_text(DEFECTS.read_text(encoding="utf-8"), encoding="utf-8")
    assert "file=" + str(report).replace(",", "%2C").replace(":", "%3A") in run("--format", "github", report).stdout


def test_github_format_is_chosen_under_github_actions():
    assert run("--select", "GK105", DEFECTS, env={"GITHUB_ACTIONS": "true"}).stdout.startswith("::warning file=")
    assert run("--select", "GK105", "--format", "text", DEFECTS, env={"GITHUB_ACTIONS": "true"}).stdout.startswith(
        str(DEFECTS)
    )


def test_junit_has_a_failure_per_finding_and_a_pass_per_clean_file():
    root = ET.fromstring(run("--format", "junit", DEFECTS, CLEAN).stdout)
    suite = root.find("testsuite")
    cases = suite.findall("testcase")
    assert suite.get("failures") == "11" and len(cases) == 12
    clean = [c for c in cases if c.get("classname") == str(CLEAN)]
    assert len(clean) == 1 and clean[0].find("failure") is None
    assert cases[1].find("failure").get("type") in ("error", "warning")


def test_statistics_text_and_json():
    text = run("--statistics", DEFECTS).stdout.splitlines()
    assert text[0].split() == ["2", "GK105", "[warning]", "bracket-style", "1", "个文件"]
    counts = json.loads(run("--statistics", "--format", "json", DEFECTS).stdout)
    assert {"rule": "GK101", "name": "missing-section", "severity": "error", "count": 1, "files": 1} in counts


def test_output_file(tmp_path):
    target = tmp_path / "out.json"
    result = run("--format", "json", "--output", target, DEFECTS)
    assert result.exit_code == 1 and result.stdout == ""
    assert len(json.loads(target.read_text(encoding="utf-8"))) == 11


def test_baseline_shows_only_new_findings(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text(DEFECTS.read_text(encoding="utf-8"), encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    written = run("--write-baseline", baseline, report)
    assert written.exit_code == 0 and "11" in written.stderr
    assert run("--baseline", baseline, report).exit_code == 0
    # Lines move and a new defect appears: only the new one is reported.
    text = "前言。\n\n" + report.read_text(encoding="utf-8").replace("（三）政府信息管理", "(三) 政府信息管理")
    report.write_text(text, encoding="utf-8")
    found = json.loads(run("--format", "json", "--baseline", baseline, report).stdout)
    assert [(f["rule"], f["line"]) for f in found] == [("GK105", 15)]


def test_bad_baseline_is_exit_2(tmp_path):
    (tmp_path / "b.json").write_text("{}", encoding="utf-8")
    result = run("--baseline", tmp_path / "b.json", DEFECTS)
    assert result.exit_code == 2 and "not a baseline file" in result.stderr


def test_sarif_and_github_say_where_a_finding_is_in_a_page(tmp_path):
    page = tmp_path / "report.html"
    page.write_text(
        "<h1>某某县教育局2023年政府信息公开年度报告</h1>\n<p>一、总体情况</p><p>正文。</p>", encoding="utf-8"
    )
    document = json.loads(run("--format", "sarif", "--select", "GK106", page).stdout)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(document)
    assert document["runs"][0]["results"][0]["locations"][0]["message"] == {"text": "源码第 1 行"}
    assert run("--format", "github", "--select", "GK106", page).stdout.rstrip().endswith("[源码第 1 行]")
