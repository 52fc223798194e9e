"""Configuration: discovery, every key, precedence, and located errors."""

import json
import textwrap

from click.testing import CliRunner

from linter.cli import main

from .helpers import SAMPLES

DEFECTS = (SAMPLES / "2023-qinghe-education-bureau.txt").read_text(encoding="utf-8")


def project(tmp_path, files: dict[str, str]):
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return tmp_path


def rules_of(*args) -> list[str]:
    result = CliRunner().invoke(main, ["check", "--format", "json", *map(str, args)])
    assert result.exit_code in (0, 1), result.stderr
    return sorted({f["rule"] for f in json.loads(result.stdout)})


def run(*args):
    return CliRunner().invoke(main, ["check", *map(str, args)])


def test_closest_configuration_wins(tmp_path):
    project(
        tmp_path,
        {
            ".xxgk-lint.yaml": "select: [GK105]\n",
            "a/report.txt": DEFECTS,
            "b/pyproject.toml": "[tool.xxgk-lint]\nselect = ['GK101']\n",
            "b/report.txt": DEFECTS,
            "c/pyproject.toml": "[project]\nname = 'x'\n",  # no table: not a configuration
            "c/report.txt": DEFECTS,
        },
    )
    assert rules_of(tmp_path / "a" / "report.txt") == ["GK105"]
    assert rules_of(tmp_path / "b" / "report.txt") == ["GK101"]
    assert rules_of(tmp_path / "c" / "report.txt") == ["GK105"]


def test_ignore_and_per_file_ignores(tmp_path):
    project(
        tmp_path,
        {
            ".xxgk-lint.yaml": """\
            ignore: [GK1, GK2]
            per-file-ignores:
              "old/*.txt": [GK3]
        """,
            "old/report.txt": DEFECTS,
            "new/report.txt": DEFECTS,
        },
    )
    assert rules_of(tmp_path / "new" / "report.txt") == ["GK301"]
    assert rules_of(tmp_path / "old" / "report.txt") == []


def test_severity_fail_on_and_lang(tmp_path):
    project(
        tmp_path,
        {
            ".xxgk-lint.yaml": "select: [GK105]\nseverity: {GK105: error}\nlang: en\n",
            "report.txt": DEFECTS,
        },
    )
    result = run(tmp_path / "report.txt")
    assert result.exit_code == 1
    assert "GK105 [error] “(二)” uses half-width brackets" in result.stdout
    (tmp_path / ".xxgk-lint.yaml").write_text("select: [GK105]\nfail-on: warning\n", encoding="utf-8")
    assert run(tmp_path / "report.txt").exit_code == 1
    (tmp_path / ".xxgk-lint.yaml").write_text("select: [GK105]\n", encoding="utf-8")
    assert run(tmp_path / "report.txt").exit_code == 0


def test_year_and_rule_packs_relative_to_the_configuration(tmp_path):
    project(
        tmp_path,
        {
            ".xxgk-lint.yaml": "year: 2024\nrules: [pack]\nselect: [GK302, JS]\n",
            "pack/pack.yaml": """\
            rules:
              - id: JS101
                name: old-office-name
                severity: warning
                check: forbidden-phrases
                summary: {zh: 旧机构名称}
                messages: {default: {zh: "“{found}”：{reason}"}, replace: {zh: "“{found}”：{reason}，改为“{replacement}”"}}
                params:
                  phrases: [{pattern: 教育局, reason: {zh: 机构已更名}, replacement: 教育体育局}]
        """,
            "report.txt": DEFECTS,
        },
    )
    found = rules_of(tmp_path / "report.txt")
    assert found == ["GK302", "JS101"]


def test_command_line_overrides_the_configuration(tmp_path):
    project(tmp_path, {".xxgk-lint.yaml": "select: [GK105]\n", "report.txt": DEFECTS})
    assert rules_of("--select", "GK101", tmp_path / "report.txt") == ["GK101"]


def test_explicit_config_applies_to_every_file(tmp_path):
    project(tmp_path, {"conf/strict.yaml": "select: [GK301]\n", "x/report.txt": DEFECTS})
    assert rules_of("--config", tmp_path / "conf" / "strict.yaml", tmp_path / "x") == ["GK301"]


def test_unknown_key_is_a_located_error(tmp_path):
    project(tmp_path, {".xxgk-lint.yaml": "selct: [GK105]\n", "report.txt": DEFECTS})
    result = run(tmp_path / "report.txt")
    assert result.exit_code == 2
    assert ".xxgk-lint.yaml: " in result.stderr and "'selct' was unexpected" in result.stderr


def test_unknown_rule_id_is_a_located_error(tmp_path):
    project(tmp_path, {"pyproject.toml": "[tool.xxgk-lint]\nignore = ['GK105', 'GK999']\n", "report.txt": DEFECTS})
    result = run(tmp_path / "report.txt")
    assert result.exit_code == 2
    assert "pyproject.toml: 'ignore[1]': no rule matches 'GK999'" in result.stderr


def test_bad_value_and_bad_toml(tmp_path):
    project(tmp_path, {".xxgk-lint.yaml": "fail-on: never\n", "report.txt": DEFECTS})
    assert "'fail-on': 'never' is not one of" in run(tmp_path / "report.txt").stderr
    (tmp_path / ".xxgk-lint.yaml").unlink()
    (tmp_path / "pyproject.toml").write_text("[tool.xxgk-lint\n", encoding="utf-8")
    result = run(tmp_path / "report.txt")
    assert result.exit_code == 2 and "invalid TOML" in result.stderr


def test_empty_configuration_file_means_defaults(tmp_path):
    project(tmp_path, {".xxgk-lint.yaml": "", "report.txt": DEFECTS})
    assert "GK101" in rules_of(tmp_path / "report.txt")
