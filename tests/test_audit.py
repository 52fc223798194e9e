"""``audit``: one row per report with its organ and year, the roster's missing organs,
the exit status, and ``--jobs`` giving what one process gives."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from linter.cli import main
from linter.output.progress import progress_bar
from linter.run.audit import AuditOptions, audit
from linter.run.session import CommandLine, Session

from .helpers import CLEAN, CORPUS, SAMPLES, needs_corpus

DEFECTS = SAMPLES / "2023-qinghe-education-bureau.txt"

# What a careful reader of each corpus report reads as its organ and year.
CORPUS_ORGANS = {
    "2019-pingtan-haitan.txt": ("平潭综合实验区海坛片区管理局", 2019),
    "2020-dongan-district.txt": ("东安区人民政府", 2020),
    "2022-pingtan-caijin.txt": ("平潭综合实验区财政金融局", 2022),
    "2023-hongze-district.pdf": ("洪泽区人民政府", 2023),
    "2023-hongze-district.txt": ("洪泽区人民政府", 2023),
    "2023-shuyang-fgj.html": ("沭阳县发展和改革局", 2023),
    "2024-hongze-district.pdf": ("淮安市洪泽区人民政府", 2024),
    "2024-hongze-district.txt": ("淮安市洪泽区人民政府", 2024),
    "2024-huaian-city.pdf": ("淮安市人民政府", 2024),
    "2024-huaian-city.txt": ("淮安市人民政府", 2024),
    "2024-shanghai-stc.txt": ("上海市科委", 2024),
    "2025-shanghai-gov-office.txt": ("上海市人民政府办公厅", 2025),
}


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def corpus_audit(tmp_path_factory):
    """The corpus audited once with a roster of its organs plus one that has no report."""
    folder = tmp_path_factory.mktemp("audit")
    roster = folder / "roster.txt"
    organs = sorted({organ for organ, _ in CORPUS_ORGANS.values()})
    roster.write_text("# 应报送机关\n" + "\n".join(organs) + "\n某某县审计局\n", encoding="utf-8")
    result = run("audit", CORPUS, "--roster", roster, "--output", folder / "audit.json", "--jobs", "2")
    return result, json.loads((folder / "audit.json").read_text(encoding="utf-8")), roster


@needs_corpus
def test_corpus_audit_prints_a_row_per_report_with_its_organ_and_year(corpus_audit):
    result, _, _ = corpus_audit
    lines = result.stdout.splitlines()
    for name, (organ, year) in CORPUS_ORGANS.items():
        (row,) = [line for line in lines if line.startswith(str(CORPUS / name) + " ")]
        cells = row.split()
        assert cells[1] == organ and str(year) in cells, row
    assert not any(line.startswith(str(CORPUS / "README.md")) for line in lines)  # excluded by default


def test_a_file_that_is_not_a_report_has_its_status(tmp_path):
    (tmp_path / "notes.txt").write_text("会议纪要\n今天讨论了食堂菜单。\n", encoding="utf-8")
    (row,) = [line for line in run("audit", tmp_path, "-q").stdout.splitlines() if "notes.txt" in line]
    assert row.rstrip().endswith("不是年度报告")


@needs_corpus
def test_corpus_audit_reads_organ_kind_level_and_format(corpus_audit):
    _, document, _ = corpus_audit
    by_name = {r["path"].rsplit("/", 1)[-1]: r for r in document["reports"]}
    for name, (organ, year) in CORPUS_ORGANS.items():
        assert (by_name[name]["organ"], by_name[name]["year"]) == (organ, year)
    assert (by_name["2024-huaian-city.txt"]["organ_kind"], by_name["2024-huaian-city.txt"]["organ_level"]) == (
        "government",
        "prefecture",
    )
    assert by_name["2020-dongan-district.txt"]["format"] == "2019"
    assert by_name["2019-pingtan-haitan.txt"]["published"] == "2020-01-03"
    assert by_name["2023-shuyang-fgj.html"]["organ_level"] == "county"


@needs_corpus
def test_a_roster_with_one_absent_organ_gives_exactly_one_gk601_at_its_line(corpus_audit):
    result, document, roster = corpus_audit
    missing = [f for f in document["run_findings"] if f["rule"] == "GK601"]
    absent_line = roster.read_text(encoding="utf-8").splitlines().index("某某县审计局") + 1
    assert [(f["path"], f["line"], f["column"]) for f in missing] == [(str(roster), absent_line, 1)]
    assert "某某县审计局" in missing[0]["message"]
    assert document["missing"] == [{"organ": "某某县审计局", "line": absent_line, "kind": None, "region": ""}]
    assert not any(f["rule"] == "GK602" for r in document["reports"] for f in r["findings"])
    assert result.exit_code == 1


def test_clean_report_exits_0_and_one_absent_organ_exits_1(tmp_path):
    assert run("audit", CLEAN, "-q").exit_code == 0
    roster = tmp_path / "roster.txt"
    roster.write_text("青禾县人民政府\n", encoding="utf-8")
    assert run("audit", CLEAN, "--roster", roster, "-q").exit_code == 0
    roster.write_text("青禾县人民政府\n青禾县财政局\n", encoding="utf-8")
    result = run("audit", CLEAN, "--roster", roster)
    assert result.exit_code == 1
    assert "青禾县财政局" in result.stdout
    assert "名单上未报送 1 个机关" in result.stderr


def test_the_audited_year_is_that_of_year(tmp_path):
    roster = tmp_path / "roster.txt"
    roster.write_text("青禾县人民政府\n", encoding="utf-8")
    assert run("audit", CLEAN, "--roster", roster, "--year", "2023", "-q").exit_code == 0
    result = run("audit", CLEAN, "--roster", roster, "--year", "2024", "-q")
    assert result.exit_code == 1
    assert "2023" in result.stdout.splitlines()[1]  # the report is still read as 2023's
    assert "青禾县人民政府" in result.stdout.split("未报送")[-1]


def test_audit_applies_selection_and_fail_on():
    result = run("audit", DEFECTS, "--select", "GK104", "-q")
    assert result.exit_code == 0  # GK104 is a warning
    assert "GK104" in result.stdout and "GK101" not in result.stdout
    assert run("audit", DEFECTS, "--select", "GK104", "--fail-on", "warning", "-q").exit_code == 1


def test_audit_rows_count_errors_and_warnings_in_english():
    result = run("audit", DEFECTS, CLEAN, "--lang", "en", "-q")
    header, defects, clean = result.stdout.splitlines()[:3]
    assert header.split()[:2] == ["File", "Organ"]
    assert defects.split()[-1] == "findings" and clean.split()[-1] == "clean"
    assert "By status" in result.stdout


def test_rows_are_aligned_for_chinese_width():
    from linter.output.audit_text import width

    result = run("audit", DEFECTS, CLEAN, "-q")
    header, first, second = result.stdout.splitlines()[:3]
    status = header.index("状态")
    assert width(first[: first.index("有问题")]) == width(header[:status])
    assert width(second[: second.index("无问题")]) == width(header[:status])


def test_a_width_counts_two_columns_for_wide_and_full_width_none_for_combining():
    from linter.output.audit_text import width

    assert width("reports/2024.txt") == 16
    assert width("洪泽区 2024") == 11
    assert width("ＧＫ５０１") == 10  # full-width letters and digits
    assert width("e\u0301") == 1  # e and a combining acute accent
    assert width("") == 0


@needs_corpus
@pytest.mark.parametrize("jobs", [1, 2])
def test_the_cross_report_rules_run_in_an_audit_in_and_out_of_workers(tmp_path, jobs):
    from .helpers import replace_once

    earlier = CORPUS / "2023-hongze-district.txt"
    changed = replace_once(
        earlier.read_text(encoding="utf-8"),
        "继续办理                            0",
        "继续办理                            2",
    )
    (tmp_path / "2023.txt").write_text(changed, encoding="utf-8")
    (tmp_path / "2024.txt").write_bytes((CORPUS / "2024-hongze-district.txt").read_bytes())
    session = Session(CommandLine(select=("GK5",)))
    result = audit(session, [tmp_path], AuditOptions(jobs=jobs))
    assert [(f.rule, Path(f.path).name) for f in result.run_findings] == [("GK501", "2024.txt")]
    assert str(tmp_path / "2023.txt") in next(iter(result.run_findings)).message


def test_jobs_2_output_is_byte_identical_to_jobs_1(tmp_path):
    paths = [CORPUS, SAMPLES] if CORPUS.is_dir() else [SAMPLES]
    for command in (["check"], ["check", "--format", "json"], ["audit"]):
        outputs = [run(*command, *paths, "--jobs", jobs) for jobs in ("1", "2")]
        assert outputs[0].stdout == outputs[1].stdout, command
        assert outputs[0].stderr == outputs[1].stderr, command
        assert outputs[0].exit_code == outputs[1].exit_code
    written = []
    for jobs in ("1", "2"):
        run("audit", *paths, "--jobs", jobs, "--output", tmp_path / f"{jobs}.json", "-q")
        written.append((tmp_path / f"{jobs}.json").read_bytes())
    assert written[0] == written[1]


def test_jobs_keeps_sidecar_accounting(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text(DEFECTS.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "other.txt").write_text(CLEAN.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / ".xxgk-lint-ignore.yaml").write_text(
        "ignore:\n  - rule: GK101\n    path: report.txt\n  - rule: GK203\n    path: other.txt\n", encoding="utf-8"
    )
    outputs = [run("check", tmp_path, "--jobs", jobs) for jobs in ("1", "2")]
    assert "GK004" in outputs[0].stdout and "GK101" not in outputs[0].stdout
    assert outputs[0].stdout == outputs[1].stdout
    assert outputs[0].exit_code == outputs[1].exit_code


def test_progress_bar_only_on_a_terminal():
    import io

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    assert progress_bar(False, io.StringIO()) is None
    assert progress_bar(True, Terminal()) is None
    terminal = Terminal()
    draw = progress_bar(False, terminal)
    draw(1, 4)
    draw(4, 4)
    assert terminal.getvalue().endswith("] 4/4\n") and "1/4" in terminal.getvalue()


def test_an_unknown_output_suffix_is_a_usage_error(tmp_path):
    result = run("audit", CLEAN, "--output", tmp_path / "audit.pdf")
    assert result.exit_code == 2
    assert ".xlsx" in result.stderr
