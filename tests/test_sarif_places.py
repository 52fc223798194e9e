"""SARIF and GitHub annotations point at the place in the file itself: an HTML page's
source line, a text file's line and column, no line for Word; SARIF URIs relative to
the working directory, rule documentation links, fixes."""

from __future__ import annotations

import json
import re

import jsonschema

from .helpers import ROOT, SAMPLES
from .test_output_formats import SARIF_SCHEMA, run

DEFECTS = SAMPLES / "2023-qinghe-education-bureau.txt"
PAGE_HEAD = "<html>\n<head>\n<title>x</title>\n</head>\n<body>\n" + "<div>\n" * 12


def _page(tmp_path):
    body = DEFECTS.read_text(encoding="utf-8").split("\n")[:12]
    page = tmp_path / "report.html"
    page.write_text(PAGE_HEAD + "".join(f"<p>{line}</p>\n" for line in body) + "</body></html>\n", encoding="utf-8")
    return page


def test_an_html_finding_is_at_its_source_line(tmp_path):
    page = _page(tmp_path)
    title_line = PAGE_HEAD.count("\n") + 1
    document = json.loads(run("--format", "sarif", "--select", "GK106,GK105", page).stdout)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(document)
    results = document["runs"][0]["results"]
    regions = {r["ruleId"]: r["locations"][0]["physicalLocation"]["region"] for r in results}
    assert regions["GK106"] == {"startLine": title_line}
    assert regions["GK105"] == {"startLine": title_line + 10}  # (二) 依申请公开 is the report's 11th line
    annotations = run("--format", "github", "--select", "GK106", page).stdout
    assert f"file={page},line={title_line},title=GK106" in annotations


def test_a_word_finding_names_no_line_of_the_binary_file(tmp_path):
    from . import report_formats

    report = tmp_path / "report.docx"
    report.write_bytes(report_formats.to_docx())
    result = json.loads(run("--format", "sarif", "--select", "GK106", report).stdout)["runs"][0]["results"][0]
    assert "region" not in result["locations"][0]["physicalLocation"]
    assert (
        result["locations"][0]["message"]["text"] == "“青禾县教育局2023…”"
    )  # the opening words of the title paragraph
    assert f"::warning file={report},title=GK106" in run("--format", "github", "--select", "GK106", report).stdout


def test_uris_are_relative_to_the_working_directory(monkeypatch):
    monkeypatch.chdir(ROOT)
    run_ = json.loads(run("--format", "sarif", "--select", "GK105", "samples").stdout)["runs"][0]
    assert run_["originalUriBaseIds"]["%SRCROOT%"]["uri"] == ROOT.as_uri() + "/"
    artifact = run_["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert artifact == {"uri": "samples/2023-qinghe-education-bureau.txt", "uriBaseId": "%SRCROOT%"}


def test_each_rule_links_to_its_documentation():
    document = json.loads(run("--format", "sarif", DEFECTS).stdout)
    headings = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    for rule in document["runs"][0]["tool"]["driver"]["rules"]:
        page, anchor = rule["helpUri"].split("#")
        assert page == (ROOT / "docs" / "rules.md").as_uri()
        assert re.search(rf"^## {rule['id']} {rule['name']}$", headings, re.M)
        assert anchor == f"{rule['id']}-{rule['name']}".lower()
    english = json.loads(run("--format", "sarif", "--lang", "en", DEFECTS).stdout)
    assert english["runs"][0]["tool"]["driver"]["rules"][0]["helpUri"].split("#")[0].endswith("rules.en.md")


def test_safe_fixes_are_sarif_fixes():
    document = json.loads(run("--format", "sarif", "--select", "GK105", DEFECTS).stdout)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(document)
    fix = document["runs"][0]["results"][0]["fixes"][0]
    change = fix["artifactChanges"][0]
    assert change["artifactLocation"]["uri"].endswith("2023-qinghe-education-bureau.txt")
    assert change["replacements"] == [
        {
            "deletedRegion": {"startLine": 11, "startColumn": 1, "endLine": 11, "endColumn": 4},
            "insertedContent": {"text": "（二）"},
        }
    ]
