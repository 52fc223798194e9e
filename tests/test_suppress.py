"""Suppressions: inline directives, the sidecar file, and what is reported about them."""

import json
import textwrap

from click.testing import CliRunner

from linter.cli import main

from .helpers import findings, model

REPORT = """\
某某县教育局2023年政府信息公开工作年度报告
一、总体情况
（一）主动公开
(二) 依申请公开
(三) 政府信息管理
"""


def rules_and_lines(text: str, *select: str) -> list[tuple[str, int]]:
    return [(f.rule, f.span.line) for f in findings(text, *select)]


def test_without_directives_both_headings_are_reported():
    assert rules_and_lines(REPORT, "GK105") == [("GK105", 4), ("GK105", 5)]


def test_disable_next_line():
    text = REPORT.replace("(二)", "<!-- xxgk-lint: disable-next-line GK105 -->\n(二)")
    assert rules_and_lines(text, "GK105", "GK004") == [("GK105", 6)]


def test_disable_line_at_the_end_of_the_line():
    text = REPORT.replace("(三) 政府信息管理", "(三) 政府信息管理 <!-- xxgk-lint: disable-line GK1 -->")
    assert rules_and_lines(text, "GK105", "GK004") == [("GK105", 4)]


def test_disable_until_enable():
    text = REPORT.replace("(二)", "<!-- xxgk-lint: disable GK105 -->\n(二)").replace(
        "(三)", "<!-- xxgk-lint: enable GK105 -->\n(三)"
    )
    assert rules_and_lines(text, "GK105", "GK004") == [("GK105", 7)]


def test_disable_to_the_end_of_the_file_and_directive_lines_are_not_content():
    text = "<!-- xxgk-lint: disable GK105 -->\n" + REPORT
    assert rules_and_lines(text, "GK105", "GK004") == []
    assert model(text).section(1).status == "found"


def test_unused_directive_is_reported():
    text = REPORT.replace("（一）", "<!-- xxgk-lint: disable-next-line GK105 -->\n（一）")
    assert rules_and_lines(text, "GK004") == [("GK004", 3)]


def test_invalid_directives_are_reported_and_do_nothing():
    for directive, key in (("disabel GK105", "无法理解"), ("disable", "没有写规则号"), ("disable GK999", "不存在")):
        text = f"<!-- xxgk-lint: {directive} -->\n" + REPORT
        reported = findings(text, "GK005", "GK105")
        assert [(f.rule, f.span.line) for f in reported] == [("GK005", 1), ("GK105", 5), ("GK105", 6)]
        assert key in reported[0].message


def test_fingerprints_do_not_change_when_lines_move():
    before = {f.fingerprint for f in findings(REPORT, "GK105")}
    after = {f.fingerprint for f in findings("\n\n前言。\n" + REPORT, "GK105")}
    assert before == after and len(before) == 2


# The sidecar file, for documents that cannot carry comments


def lint_folder(tmp_path, *args):
    result = CliRunner().invoke(main, ["check", "--format", "json", *args, str(tmp_path)])
    assert result.exit_code in (0, 1), result.stderr
    return [(f["path"].rsplit("/", 1)[-1], f["rule"], f["line"]) for f in json.loads(result.stdout)]


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")


def test_sidecar_suppresses_by_path_rule_and_anchor(tmp_path):
    write(tmp_path, "2023/a.txt", REPORT)
    write(tmp_path, "2023/b.txt", REPORT)
    write(
        tmp_path,
        ".xxgk-lint-ignore.yaml",
        """\
        ignore:
          - {path: "2023/a.txt", rule: GK105}
          - {path: "2023/*.txt", rule: GK105, anchor: "(三)", reason: 原文如此}
    """,
    )
    assert lint_folder(tmp_path, "--select", "GK105,GK004") == [("b.txt", "GK105", 4)]


def test_unused_sidecar_entry_is_reported_once_for_the_run(tmp_path):
    write(tmp_path, "a.txt", REPORT)
    write(tmp_path, ".xxgk-lint-ignore.yaml", 'ignore:\n  - {path: "*.docx", rule: GK105}\n')
    assert lint_folder(tmp_path, "--select", "GK004") == [(".xxgk-lint-ignore.yaml", "GK004", 2)]  # the entry's line


def test_sidecar_with_an_unknown_rule_is_a_located_error(tmp_path):
    write(tmp_path, "a.txt", REPORT)
    write(tmp_path, ".xxgk-lint-ignore.yaml", 'ignore:\n  - {path: "*.txt", rule: GK999}\n')
    result = CliRunner().invoke(main, ["check", str(tmp_path)])
    assert result.exit_code == 2
    assert ".xxgk-lint-ignore.yaml: 'ignore[0].rule': no rule matches 'GK999'" in result.stderr
