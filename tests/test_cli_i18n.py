"""Help and command-line errors in the language of the messages, in one style."""

from __future__ import annotations

import subprocess
import sys

import click

from linter.cli import main
from linter.cli_i18n import HELP_ZH

from .helpers import CLEAN, ROOT
from .test_cli import run


def test_help_is_chinese_by_default_and_english_on_request(monkeypatch):
    chinese = run("check", "--help").stdout
    assert chinese.startswith("用法：") and "check [OPTIONS] PATHS" in chinese and "选项" in chinese
    assert "只用这些规则" in chinese and "Only these rules" not in chinese
    assert "Only these rules" in run("check", "--help", "--lang", "en").stdout
    assert "Only these rules" in run("check", "--lang=en", "--help").stdout
    monkeypatch.setenv("XXGK_LINT_LANG", "en")
    english = run("--help").stdout
    assert english.startswith("Usage: ") and "Lint report files" in english


def _commands() -> list[click.Command]:
    """Every command, the lazily registered ones (audit) included."""
    context = click.Context(main)
    return [main.get_command(context, name) for name in main.list_commands(context)]


def test_every_command_and_option_has_chinese_help():
    commands = _commands()
    assert "audit" in [c.name for c in commands]
    helps = [main.help, *(c.help for c in commands)]
    helps += [p.help for c in commands for p in c.params if isinstance(p, click.Option) and p.help]
    assert [h for h in helps if h not in HELP_ZH] == []


def test_every_command_shows_its_help_in_chinese_by_default():
    for command in _commands():
        shown = run(command.name, "--help").stdout
        assert shown.startswith("用法：") and "选项" in shown, command.name
        assert HELP_ZH[command.help].split("\n")[0] in shown, command.name


def test_usage_and_run_errors_share_one_style():
    usage = run("check", "--format", "xml", CLEAN)
    assert usage.exit_code == 2
    assert usage.stderr.splitlines()[0] == (
        "xxgk-lint: 错误：选项 --format 的值无效：“xml”不是可选值之一（text、json、sarif、github、junit）"
    )
    assert "Error:" not in usage.stderr and "Usage:" not in usage.stderr
    missing = run("check", "/nonexistent.txt")
    assert missing.stderr.startswith("xxgk-lint: 错误：")
    english = run("check", "--lang", "en", "--nope", CLEAN)
    assert english.exit_code == 2 and english.stderr.startswith("xxgk-lint: error: No such option")
    assert run("check").stderr.startswith("xxgk-lint: 错误：缺少参数 PATHS")


def test_the_installed_program_exits_as_documented():
    command = [sys.executable, "-m", "linter"]
    shown = subprocess.run([*command, "--version"], cwd=ROOT, capture_output=True, text=True)
    assert shown.returncode == 0 and "0.1.0" in shown.stdout
    wrong = subprocess.run(
        [*command, "check", "--fail-on", "never", str(CLEAN)], cwd=ROOT, capture_output=True, text=True
    )
    assert wrong.returncode == 2 and wrong.stderr.startswith("xxgk-lint: 错误：选项 --fail-on 的值无效")
    clean = subprocess.run([*command, "check", str(CLEAN)], cwd=ROOT, capture_output=True, text=True)
    assert clean.returncode == 0


def test_shell_completion_works_through_the_localized_program():
    import os

    env = {**os.environ, "_XXGK_LINT_COMPLETE": "bash_source"}
    script = subprocess.run([sys.executable, "-m", "linter"], env=env, capture_output=True, text=True, cwd=ROOT)
    assert script.returncode == 0 and "_xxgk_lint_completion" in script.stdout
    env = {
        **os.environ,
        "_XXGK_LINT_COMPLETE": "bash_complete",
        "COMP_WORDS": "xxgk-lint check --stdin",
        "COMP_CWORD": "2",
    }
    offered = subprocess.run([sys.executable, "-m", "linter"], env=env, capture_output=True, text=True, cwd=ROOT)
    assert "plain,--stdin-filename" in offered.stdout
