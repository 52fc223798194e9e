"""Settings files a run finds rather than is given (configuration is discovered upward
from the checked files) must never hang, blow up or crash it: a located error, exit 2."""

from __future__ import annotations

import json
import time

import pytest

from .test_config import DEFECTS, project, rules_of, run

# 440 bytes that expand to 9^9 strings: a "billion laughs".
LAUGHS = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{c}: &{c} [{','.join(['*' + p] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi")
)


def test_billion_laughs_configuration_is_refused_quickly(tmp_path):
    project(tmp_path, {".xxgk-lint.yaml": LAUGHS, "report.txt": DEFECTS})
    start = time.process_time()
    result = run(tmp_path / "report.txt")
    assert time.process_time() - start < 5
    assert result.exit_code == 2
    assert ".xxgk-lint.yaml: line 1: YAML aliases" in result.stderr and len(result.stderr) < 500


def test_aliases_in_a_sidecar_are_refused(tmp_path):
    sidecar = "x: &x {path: '*.txt', rule: GK104}\nignore: [*x]\n"
    project(tmp_path, {".xxgk-lint-ignore.yaml": sidecar, "report.txt": DEFECTS})
    result = run(tmp_path / "report.txt")
    assert result.exit_code == 2 and "YAML aliases" in result.stderr


def test_a_rule_pack_of_nested_aliases_is_refused_quickly(tmp_path):
    project(tmp_path, {"pack/laughs.yaml": LAUGHS + "rules: *i\n", "report.txt": DEFECTS})
    start = time.process_time()
    result = run("--rules", tmp_path / "pack", tmp_path / "report.txt")
    assert time.process_time() - start < 5
    assert result.exit_code == 2 and "expands to more than" in result.stderr


def test_a_deeply_nested_configuration_is_refused(tmp_path):
    project(tmp_path, {".xxgk-lint.yaml": "select: " + "[" * 100 + "]" * 100 + "\n", "report.txt": DEFECTS})
    result = run(tmp_path / "report.txt")
    assert result.exit_code == 2 and "nested more than" in result.stderr


def test_a_schema_error_never_quotes_huge_data(tmp_path):
    project(tmp_path, {".xxgk-lint.yaml": f"select: {json.dumps(['x' * 100_000])}\n", "report.txt": DEFECTS})
    result = run(tmp_path / "report.txt")
    assert result.exit_code == 2 and len(result.stderr) < 500


@pytest.mark.parametrize("key", ["2019", "true", "null", "2019-01-01", "1.5"])
def test_keys_yaml_reads_as_other_types_are_the_text_written(tmp_path, key):
    project(tmp_path, {".xxgk-lint.yaml": f"per-file-ignores: {{{key}: [GK104]}}\n", f"{key}": DEFECTS})
    assert "GK104" not in rules_of(tmp_path / key)
    assert "GK104" in rules_of("--config", tmp_path / ".xxgk-lint.yaml", SAMPLES_COPY(tmp_path))


def SAMPLES_COPY(tmp_path):  # noqa: N802 - a file the per-file ignore does not name
    path = tmp_path / "other.txt"
    path.write_text(DEFECTS, encoding="utf-8")
    return path


def test_a_year_written_as_a_decimal_is_refused(tmp_path):
    project(tmp_path, {".xxgk-lint.yaml": "year: 2023.0\n", "report.txt": DEFECTS})
    result = run(tmp_path / "report.txt")
    assert result.exit_code == 2 and "'year': should be a whole number, not a number" in result.stderr


def test_a_tool_key_that_is_not_a_table_configures_nothing(tmp_path):
    project(tmp_path, {"pyproject.toml": 'tool = "x"  # xxgk-lint\n', "report.txt": DEFECTS})
    result = run(tmp_path / "report.txt")
    assert result.exit_code == 1 and "Traceback" not in result.output
