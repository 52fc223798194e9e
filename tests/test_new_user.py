"""The defects a new user met first (issue 13): each as it was met."""

from __future__ import annotations

from .helpers import ROOT
from .test_cli import run


def test_an_empty_folder_is_exit_2_naming_it(tmp_path):
    (tmp_path / "notes.csv").write_text("x\n", encoding="utf-8")
    result = run("check", "--lang", "en", tmp_path)
    assert result.exit_code == 2
    assert str(tmp_path) in result.stderr and "no report files" in result.stderr
    assert f"{tmp_path}：文件夹中没有报告文件" in run("check", tmp_path).stderr


def test_the_license_pyproject_names_is_there():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License") and "xxgk-lint contributors" in text
    assert 'license = "MIT"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_diff_and_fix_on_word_pdf_and_html_say_they_cannot_and_exit_as_check(tmp_path):
    from . import report_formats

    files = {"r.docx": report_formats.to_docx(), "r.html": report_formats.to_html()}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    for option in ("--diff", "--fix"):
        result = run("check", option, "--lang", "en", *(tmp_path / name for name in files))
        assert result.exit_code == 1, result.output
        assert (result.stdout == "") == (option == "--diff")  # --fix lists what remains, as check does
        for name in files:
            assert f"{tmp_path / name}: " in result.stderr and "cannot be fixed in place" in result.stderr
    assert all((tmp_path / name).read_bytes() == data for name, data in files.items())
    assert run("check", "--diff", "--exit-zero", tmp_path / "r.docx").exit_code == 0
    assert "无法自动修复" in run("check", "--fix", tmp_path / "r.docx").stderr


def test_table_messages_on_word_html_and_pdf_name_the_table_row_not_an_extracted_line(tmp_path):
    import json
    import re

    from . import report_formats

    text = report_formats.REPORT.replace(
        "二、上年结转政府信息公开申请数量{1,3}|||0|", "二、上年结转政府信息公开申请数量{1,3}|||无|"
    )
    assert text != report_formats.REPORT
    builders = {"r.docx": report_formats.to_docx, "r.html": report_formats.to_html, "r.pdf": report_formats.to_pdf}
    for name, build in builders.items():
        data = build(text)
        (tmp_path / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        found = json.loads(run("check", "--format", "json", "--select", "GK202", tmp_path / name).stdout)
        message = next(f["message"] for f in found if "上年结转" in f["message"])
        assert re.search(r"表格 \d+ 第 \d+ 行(（源码第 \d+ 行）)?“上年结转”有6个数（应为7个）", message), (
            name,
            message,
        )
        assert not re.search(r"第\d+行", message), (name, message)
    (tmp_path / "r.txt").write_text(report_formats.plain(text), encoding="utf-8")
    found = json.loads(run("check", "--format", "json", "--select", "GK202", tmp_path / "r.txt").stdout)
    assert any(re.search(r"第\d+行“上年结转”有6个数（应为7个）", f["message"]) for f in found)


def test_a_bare_list_as_the_sidecar_is_an_error_in_words(tmp_path):
    from .helpers import CLEAN

    (tmp_path / "r.txt").write_text(CLEAN.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / ".xxgk-lint-ignore.yaml").write_text("- path: r.txt\n  rule: GK105\n", encoding="utf-8")
    result = run("check", tmp_path / "r.txt")
    assert result.exit_code == 2
    assert "should be a mapping (key: value) or empty, not a list" in result.stderr
    assert "'ignore'" in result.stderr and "{'path'" not in result.stderr


def test_an_unused_sidecar_entry_is_reported_at_its_own_line(tmp_path):
    import json

    from .helpers import CLEAN

    (tmp_path / "r.txt").write_text(CLEAN.read_text(encoding="utf-8"), encoding="utf-8")
    sidecar = "# suppressions\nignore:\n  - path: r.txt\n    rule: GK105\n\n  - rule: GK104\n    path: old.txt\n"
    (tmp_path / ".xxgk-lint-ignore.yaml").write_text(sidecar, encoding="utf-8")
    found = json.loads(run("check", "--format", "json", tmp_path / "r.txt").stdout)
    assert [(f["rule"], f["line"]) for f in found] == [("GK004", 3), ("GK004", 6)]


def test_the_readme_shows_the_sidecar_shape():
    import yaml

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("```yaml\n# .xxgk-lint-ignore.yaml")
    shown = yaml.safe_load(readme[start + len("```yaml\n") : readme.index("```", start + 7)])
    assert isinstance(shown["ignore"], list) and {"path", "rule"} <= set(shown["ignore"][0])


def test_explain_shows_the_options_an_example_depends_on():
    shown = run("explain", "GK303").stdout
    failing, passing = shown.split("不符合的示例:")[1].split("符合的示例:")
    assert "命令行选项: --published 2024-02-20" in failing
    assert "命令行选项: --published 2024-01-20" in passing
    assert "Command-line options: `--published 2024-02-20`" in (ROOT / "docs" / "rules.en.md").read_text(
        encoding="utf-8"
    )


def test_rules_say_which_have_a_fix():
    import json

    lines = {line.split()[0]: line for line in run("rules").stdout.splitlines()}
    assert "[*]" in lines["GK104"] and "[*]" in lines["GK105"] and "[*]" not in lines["GK101"]
    listing = {r["id"]: r["fix"] for r in json.loads(run("rules", "--format", "json").stdout)}
    assert listing["GK105"] is True and listing["GK203"] is False
    assert "可自动修复" in run("explain", "GK105").stdout


def test_statistics_are_aligned_count_files_and_follow_format():
    import json

    from linter.output.columns import display_width

    from .helpers import SAMPLES

    text = run("check", "--statistics", SAMPLES).stdout.splitlines()
    rows = text[:-1]
    for token in ("GK", "[", "个文件"):  # each column starts at the same terminal cell on every row
        assert len({display_width(line[: line.index(token)]) for line in rows}) == 1, (token, rows)
    assert display_width(text[-1][: text[-1].index("共检查")]) == display_width(rows[0][: rows[0].index("1 个文件")])
    assert text[-1].split() == ["11", "合计", "共检查", "2", "个文件"]
    english = run("check", "--statistics", "--lang", "en", SAMPLES).stdout.splitlines()
    assert english[-1].split() == ["11", "total", "in", "2", "files", "checked"]
    counts = json.loads(run("check", "--statistics", "--format", "json", SAMPLES).stdout)
    assert sum(c["count"] for c in counts) == 11 and all(c["files"] == 1 for c in counts)
    refused = run("check", "--statistics", "--format", "sarif", SAMPLES)
    assert refused.exit_code == 2 and "sarif" in refused.stderr


def test_choices_ignore_case():
    import json

    from .helpers import CLEAN

    result = run("check", "--format", "JSON", "--lang", "EN", "--fail-on", "Warning", CLEAN)
    assert result.exit_code == 0 and json.loads(result.stdout) == []
    assert run("rules", "--format", "JSON", "--lang", "En").exit_code == 0


def test_xxgk_lint_corpus_points_the_corpus_tests_at_a_corpus(tmp_path):
    import os
    import subprocess
    import sys

    code = "from tests.helpers import CORPUS, needs_corpus; print(CORPUS); print(needs_corpus.kwargs['reason'])"
    for corpus in (tmp_path, tmp_path / "missing"):
        env = {**os.environ, "XXGK_LINT_CORPUS": str(corpus)}
        shown = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
        lines = shown.stdout.splitlines()
        assert lines[0] == str(corpus), shown.stderr
        assert "XXGK_LINT_CORPUS" in lines[1] and str(corpus) in lines[1]
    args = [sys.executable, "-m", "pytest", "-q", "-rs", "tests/test_corpus.py", "-p", "no:cacheprovider"]
    env = {**os.environ, "XXGK_LINT_CORPUS": str(tmp_path / "missing")}
    result = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True)
    assert "skipped" in result.stdout and "set XXGK_LINT_CORPUS" in result.stdout, result.stdout


def test_the_readme_documents_what_issue_13_added():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for shown in (
        "extend-exclude",
        "--force-exclude",
        "--stdin-filename",
        "--show-source",
        "NO_COLOR",
        "xxgk-lint server",
        "_XXGK_LINT_COMPLETE=bash_source",
        "XXGK_LINT_LANG=en",
        "XXGK_LINT_CORPUS",
        "The exit status of `--diff`",
        "uriBaseId",
    ):
        assert shown in readme, shown
