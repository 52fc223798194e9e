"""What the command line needs besides its commands: option types and parsing, where
output goes, the summary lines of --fix and --write-baseline, and how errors end a run."""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

import click

from linter.cli_i18n import current_language, error_line
from linter.core.errors import RunError
from linter.core.findings import SEVERITIES
from linter.run.check import CheckRun

LANGS = click.Choice(["zh", "en"], case_sensitive=False)
# The path types of every option, made once: each click.Path asks gettext for its name when
# made (~25 µs each, a dozen times a start).
PATH = click.Path(path_type=Path)
FILE = click.Path(path_type=Path, dir_okay=False)


class Date(click.ParamType):
    name = "YYYY-MM-DD"

    def convert(self, value, param, ctx):
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            self.fail(f"{value!r} is not a date like 2024-03-31", param, ctx)


def globs(value: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (value or "").split(",") if part.strip())


def ids(value: str | None) -> tuple[str, ...]:
    return tuple(part.upper() for part in globs(value))


def emit(text: str, output_file: Path | None) -> None:
    text = _surrogates_escaped(text)
    if output_file is None:
        click.echo(text, nl=False)
        return
    try:
        output_file.write_text(text, encoding="utf-8")
    except OSError as error:
        raise RunError(f"{output_file}: cannot write the output: {error.strerror or error}") from None


def _surrogates_escaped(text: str) -> str:
    """A file name that is not UTF-8 (or a lone surrogate in the text) cannot be written
    as UTF-8: written as a \\uXXXX escape, which JSON reads back as the same string. (The
    pattern is compiled only for such a text: most never have one.)"""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return re.sub("[\ud800-\udfff]", lambda m: f"\\u{ord(m.group()):04x}", text)
    return text


def fixed(count: int, files: int, lang: str) -> str:
    return (
        f"Fixed {count} findings in {files} files." if lang == "en" else f"已在 {files} 个文件中修复 {count} 个问题。"
    )


def baseline_written(count: int, path: Path, lang: str) -> str:
    return f"Recorded {count} findings in {path}." if lang == "en" else f"已将 {count} 个问题记入基线 {path}。"


FIXABLE_NOTE = {
    "zh": "[*]：可用 `xxgk-lint check --fix` 自动修复",
    "en": "[*]: fixable with `xxgk-lint check --fix`",
}


class run_errors:
    """A RunError becomes one line on stderr and exit status 2; so does a bug (without a
    traceback unless XXGK_LINT_DEBUG is set), so users and CI logs see what failed."""

    def __enter__(self):
        return self

    def __exit__(self, kind, error, traceback):
        if isinstance(error, RunError):
            click.echo(error_line(str(error), current_language()), err=True)
            sys.exit(2)
        if isinstance(error, Exception) and not os.environ.get("XXGK_LINT_DEBUG"):
            detail = f"{type(error).__name__}: {error}"[:500]
            note = f"internal error {detail} (please report it; XXGK_LINT_DEBUG=1 shows the traceback)"
            click.echo(error_line(note, current_language()), err=True)
            sys.exit(2)
        return False


def text_style(show_source: bool, output_file: Path | None):
    """How text output for people looks: colour only on a terminal (not into --output)."""
    from linter.output.source_context import Style

    return Style.of(show_source, sys.stdout if output_file is None else None)


def for_people(run: CheckRun, style) -> str:
    """The findings with source context, colour and fix marks, as ``style`` asks."""
    from linter.output import source_context

    piped = {str(run.piped.name): run.piped.data} if run.piped else {}
    return source_context.render(run.findings, style, source_context.file_lines(piped))


def fixable_summary(run: CheckRun) -> str:
    """``N fixable with --fix``, or "" when no finding has a fix --fix can make."""
    from linter.output.source_context import fixable_count, fixable_note

    count = fixable_count(run.findings)
    return fixable_note(count, run.lang) if count else ""


def _options(*options: Callable) -> Callable:
    def decorate(command: Callable) -> Callable:
        for option in reversed(options):
            command = option(command)
        return command

    return decorate


# The options check and audit share: --select/--ignore, and what a run is checked with.
selection_options = _options(
    click.option("--select", help="Only these rules: ids or prefixes, comma-separated (GK1,GK301)."),
    click.option("--ignore", help="Not these rules: ids or prefixes, comma-separated."),
)
run_options = _options(
    click.option("--published", type=Date(), help="The publication date, for GK303."),
    click.option("--rules", "rule_dirs", multiple=True, type=PATH, help="A folder of extra YAML rules."),
    click.option("--config", type=FILE, help="Use this configuration for every file."),
    click.option(
        "--fail-on",
        type=click.Choice(SEVERITIES[:2], case_sensitive=False),
        help="Exit 1 on findings of this severity or worse [error].",
    ),
    click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings."),
)


def readable(linter, path: Path):
    """The file read as ``linter`` reads it, or a RunError saying why it cannot be (for
    ``parse``, where an unreadable file is the command's failure, not a finding)."""
    from linter import readers
    from linter.readers.source import Unreadable

    source = readers.read(path, linter.max_bytes)
    if isinstance(source, Unreadable):
        raise RunError(f"{path}: cannot read it ({source.reason}{': ' + source.detail if source.detail else ''})")
    return source
