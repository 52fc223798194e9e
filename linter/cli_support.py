"""What the command line needs besides its commands: option types and parsing, where
output goes, the summary lines of --fix and --write-baseline, and how errors end a run."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path

import click

from linter.cli_i18n import current_language, error_line
from linter.core.errors import RunError
from linter.core.findings import SEVERITIES, Finding
from linter.core.record import Record
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
    sink = output_sink(output_file)
    sink.write(text)
    sink.close()


def output_sink(output_file: Path | None):
    """Where the output goes: standard output, or ``output_file``."""
    from linter.output.sink import Sink

    return Sink(output_file, lambda text: click.echo(text, nl=False))


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


def for_people(run: CheckRun, findings: Iterable[Finding], style, write: Callable[[str], None]) -> None:
    """The findings with source context, colour and fix marks, as ``style`` asks."""
    from linter.output import source_context

    piped = {str(run.piped.name): run.piped.data} if run.piped else {}
    source_context.stream(findings, style, source_context.file_lines(piped), write)


def fixable_summary(count: int | None, lang: str) -> str:
    """``N fixable with --fix``, or "" when no finding has a fix --fix can make."""
    from linter.output.source_context import fixable_note

    return fixable_note(count, lang) if count else ""


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


class Printing(Record):
    """How ``check`` prints its findings."""

    format: str
    statistics: bool
    show_source: bool
    output_file: Path | None
    annotated: Path | None  # the annotated copy of the one Word file checked
    quiet: bool


def print_findings(run: CheckRun, rules: Callable[[], tuple], printing: Printing):
    """The run's findings, read once and written as they come, in the format asked for;
    then the annotated copy. What they counted (``Tally``), for the summary lines."""
    from linter.output import Context, streamer
    from linter.output.tally import Tally

    tally = Tally(fixable=printing.format == "text" and not printing.quiet)
    findings = tally.counted(run.findings)
    ours: list[Finding] = []  # the one file's, for --annotate, which needs exactly one file
    if printing.annotated and len(run.files) == 1:
        findings = _kept(findings, ours)
    sink = output_sink(printing.output_file)
    if printing.statistics:
        from linter.output.statistics import render_statistics

        sink.write(render_statistics(findings, len(run.files), run.lang, as_json=printing.format == "json"))
    elif printing.format == "text" and (style := text_style(printing.show_source, printing.output_file)).human:
        for_people(run, findings, style, sink.write)
    else:
        context = Context(run.lang, _Later(rules), (str(f) for f in run.files))
        streamer(printing.format)(findings, context, sink.write)
    sink.close()
    if printing.annotated:
        from linter.output.annotate import annotate

        annotate(tuple(islice(run.files, 2)), ours, printing.annotated, run.lang)
    return tally


def _kept(findings: Iterable[Finding], kept: list[Finding]) -> Iterator[Finding]:
    for finding in findings:
        kept.append(finding)
        yield finding


class _Later:
    """What ``given`` gives, asked for when it is read: the run's rules, known once its files are checked."""

    def __init__(self, given: Callable[[], tuple]):
        self._given = given

    def __iter__(self) -> Iterator:
        return iter(self._given())
