"""Exclusions: defaults, configuration, command line, and --force-exclude for named files."""

from __future__ import annotations

from .helpers import CLEAN
from .test_cli import run

REPORT = CLEAN.read_text(encoding="utf-8")


def _repository(root):
    for relative in ("2023/report.txt", "README.md", "docs/CHANGELOG.md", "requirements-dev.txt", "LICENSE.txt"):
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_text(REPORT if relative.startswith("2023") else "不是报告\n", encoding="utf-8")
    for folder in ("node_modules/x", "venv", "tools/py", ".cache"):
        (root / folder).mkdir(parents=True, exist_ok=True)
        (root / folder / "notes.md").write_text("不是报告\n", encoding="utf-8")
    (root / "tools" / "py" / "pyvenv.cfg").write_text("home = /usr\n", encoding="utf-8")


def test_a_folder_leaves_out_what_every_repository_holds(tmp_path, monkeypatch):
    _repository(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = run("check", ".")
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("检查了 1 个文件")


def test_configured_exclude_replaces_the_defaults_and_extend_exclude_adds(tmp_path, monkeypatch):
    _repository(tmp_path)
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".xxgk-lint.yaml").write_text("extend-exclude: ['2023/*.txt']\n", encoding="utf-8")
    assert run("check", ".").exit_code == 2  # nothing left: the folder has no report file to check
    (tmp_path / ".xxgk-lint.yaml").write_text("exclude: [node_modules, '.*']\n", encoding="utf-8")
    checked = {line.split(":")[0] for line in run("check", ".").stdout.splitlines()}
    assert "README.md" in checked and "venv/notes.md" in checked, checked
    assert not any(path.startswith("node_modules") for path in checked)


def test_command_line_globs(tmp_path, monkeypatch):
    _repository(tmp_path)
    monkeypatch.chdir(tmp_path)
    checked = {line.split(":")[0] for line in run("check", "--exclude", "2023", ".").stdout.splitlines()}
    assert "README.md" in checked and "2023/report.txt" not in checked
    assert run("check", "--extend-exclude", "2023/report.TXT", ".").exit_code == 2


def test_a_named_file_is_checked_unless_force_exclude(tmp_path, monkeypatch):
    _repository(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert run("check", "README.md").exit_code == 1  # named: checked (GK002, not a report)
    forced = run("check", "--force-exclude", "README.md", "requirements-dev.txt", "2023/report.txt")
    assert forced.exit_code == 0, forced.output
    assert forced.stderr.startswith("检查了 1 个文件")


def test_naming_an_excluded_folder_checks_it(tmp_path, monkeypatch):
    _repository(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = run("check", "node_modules")
    assert result.exit_code == 1 and "notes.md" in result.stdout
