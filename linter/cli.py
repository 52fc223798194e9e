"""The command line: ``check``, ``rules``, ``explain``, ``parse`` (see ../shared/spec/contract.md).

Exit status: 0 nothing at or above ``--fail-on``; 1 findings at or above it; 2 the
run itself failed (usage, rules, I/O). A file that cannot be read or is not a report
is a finding, not a failure.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
from pathlib import Path

import click

from linter import __version__
from linter.core.errors import RunError
from linter.core.findings import SEVERITIES
from linter.core.resources import FORMAT_FILE, RULES_DIR
from linter.format.spec import load_format
from linter.model.report import Options
from linter.output import FORMATS, Context, renderer
from linter.output.as_text import render_statistics, summary
from linter.readers.source import Unreadable
from linter.rules.declarations import load_rules
from linter.run.check import CheckOptions, check_files
from linter.run.engine import Linter
from linter.run.session import CommandLine, Session

LANGS = click.Choice(["zh", "en"])


class _Date(click.ParamType):
    name = "YYYY-MM-DD"

    def convert(self, value, param, ctx):
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            self.fail(f"{value!r} is not a date like 2024-03-31", param, ctx)


def _ids(value: str | None) -> tuple[str, ...]:
    return tuple(part.strip().upper() for part in (value or "").split(",") if part.strip())


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="xxgk-lint")
def main() -> None:
    """Lint 政府信息公开工作年度报告 (government information disclosure annual reports)."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format", "output_format", type=click.Choice(FORMATS), help="Output format [text; github under GitHub Actions]."
)
@click.option("--select", help="Only these rules: ids or prefixes, comma-separated (GK1,GK301).")
@click.option("--ignore", help="Not these rules: ids or prefixes, comma-separated.")
@click.option("--lang", type=LANGS, help="Language of the messages (zh when not configured).")
@click.option("--year", type=click.IntRange(1990, 2100), help="The report year, when the text does not say.")
@click.option("--published", type=_Date(), help="The publication date, for GK303.")
@click.option(
    "--rules", "rule_dirs", multiple=True, type=click.Path(path_type=Path), help="A folder of extra YAML rules."
)
@click.option(
    "--config", type=click.Path(path_type=Path, dir_okay=False), help="Use this configuration for every file."
)
@click.option(
    "--fail-on", type=click.Choice(SEVERITIES[:2]), help="Exit 1 on findings of this severity or worse [error]."
)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("--quiet", "-q", is_flag=True, help="No summary line.")
@click.option("--statistics", is_flag=True, help="Counts per rule instead of the findings.")
@click.option(
    "--output", "output_file", type=click.Path(path_type=Path, dir_okay=False), help="Write the output to this file."
)
@click.option(
    "--baseline", type=click.Path(path_type=Path, dir_okay=False), help="Report only findings not in this baseline."
)
@click.option(
    "--write-baseline", type=click.Path(path_type=Path, dir_okay=False), help="Record every finding in this baseline."
)
@click.option("--fix", is_flag=True, help="Make the safe fixes (GK104, GK105) in text and Markdown files.")
@click.option("--diff", is_flag=True, help="Show the fixes --fix would make, and change nothing.")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    help="CPU seconds checking one file may take; then GK001 says it was not fully checked [30].",
)
def check(
    paths,
    output_format,
    select,
    ignore,
    lang,
    year,
    published,
    rule_dirs,
    config,
    fail_on,
    exit_zero,
    quiet,
    statistics,
    output_file,
    baseline,
    write_baseline,
    fix,
    diff,
    timeout,
):  # noqa: E501
    """Lint report files, and folders of them (recursively)."""
    command_line = CommandLine(
        _ids(select), _ids(ignore), lang, year, published, tuple(rule_dirs), config, fail_on, timeout
    )
    output_format = output_format or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
    with _run_errors():
        session = Session(command_line)
        run = check_files(session, paths, CheckOptions(fix, diff, baseline, write_baseline is not None))
        if diff:
            click.echo("".join(p.diff() for p in run.plans), nl=False)
            sys.exit(1 if run.plans else 0)
        for skipped in run.skipped:
            click.echo(f"xxgk-lint: {skipped}", err=True)
        if fix and not quiet:
            click.echo(_fixed(sum(p.applied for p in run.plans), len(run.plans), lang or "zh"), err=True)
        if write_baseline:
            from linter.run import baseline as baselines

            baselines.write(write_baseline, run.findings)
            click.echo(_baseline_written(len(run.findings), write_baseline, run.lang), err=True)
            sys.exit(0)
        if statistics:
            rendered = render_statistics(run.findings, as_json=output_format == "json")
        else:
            context = Context(run.lang, session.rules(), tuple(str(f) for f in run.files))
            rendered = renderer(output_format)(run.findings, context)
        _emit(rendered, output_file)
        if not quiet:
            click.echo(summary(run.findings, len(run.files), run.lang), err=True)
    sys.exit(1 if run.failed and not exit_zero else 0)


def _emit(text: str, output_file: Path | None) -> None:
    # A file name that is not UTF-8 (or a lone surrogate in the text) cannot be written
    # as UTF-8: written as a \uXXXX escape, which JSON reads back as the same string.
    text = _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    if output_file is None:
        click.echo(text, nl=False)
        return
    try:
        output_file.write_text(text, encoding="utf-8")
    except OSError as error:
        raise RunError(f"{output_file}: cannot write the output: {error.strerror or error}") from None


def _fixed(count: int, files: int, lang: str) -> str:
    return (
        f"Fixed {count} findings in {files} files." if lang == "en" else f"已在 {files} 个文件中修复 {count} 个问题。"
    )


def _baseline_written(count: int, path: Path, lang: str) -> str:
    return f"Recorded {count} findings in {path}." if lang == "en" else f"已将 {count} 个问题记入基线 {path}。"


@main.command()
@click.option("--lang", type=LANGS, default="zh", show_default=True)
@click.option(
    "--format", "output_format", type=click.Choice(["text", "json", "markdown"]), default="text", show_default=True
)
@click.option(
    "--rules", "rule_dirs", multiple=True, type=click.Path(path_type=Path), help="A folder of extra YAML rules."
)
def rules(lang, output_format, rule_dirs):
    """List every rule: id, name, default severity, summary (markdown: the full documentation)."""
    with _run_errors():
        ruleset = load_rules([RULES_DIR, *rule_dirs], load_format(FORMAT_FILE))
        if output_format == "markdown":
            from linter.output.rule_docs import rule_docs

            click.echo(rule_docs(ruleset, lang), nl=False)
            return
    if output_format == "json":
        listing = [
            {"id": r.id, "name": r.name, "severity": r.severity, "summary": r.summary.get(lang)} for r in ruleset.rules
        ]
        click.echo(json.dumps(listing, ensure_ascii=False, indent=2))
        return
    for rule in ruleset.rules:
        click.echo(f"{rule.id}  {rule.name:<28} {rule.severity:<8} {rule.summary.get(lang)}")


@main.command()
@click.argument("rule_id")
@click.option("--lang", type=LANGS, default="zh", show_default=True)
@click.option(
    "--rules", "rule_dirs", multiple=True, type=click.Path(path_type=Path), help="A folder of extra YAML rules."
)
def explain(rule_id, lang, rule_dirs):
    """Why a rule exists, what it rests on, and a failing and a passing example."""
    with _run_errors():
        ruleset = load_rules([RULES_DIR, *rule_dirs], load_format(FORMAT_FILE))
        rule = next((r for r in ruleset.rules if r.id == rule_id.upper() or r.name == rule_id), None)
        if rule is None:
            raise RunError(f"no rule {rule_id!r} (see `xxgk-lint rules`)")
        from linter.output import rule_docs as explained

        click.echo(explained.as_text(explained.describe(rule, ruleset, lang)))


@main.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--year", type=click.IntRange(1990, 2100), help="The report year, when the text does not say.")
@click.option("--text", "as_text", is_flag=True, help="Print the extracted text with its line numbers instead.")
@click.option("--lang", type=LANGS, default="zh", show_default=True, help="Language of the locations (with --text).")
def parse(path, year, as_text, lang):
    """Print the AST, and what the report model recognised, as JSON."""
    from linter import readers

    with _run_errors():
        linter = Linter.default()
        source = readers.read(path, linter.max_bytes)
        if isinstance(source, Unreadable):
            raise RunError(f"{path}: cannot read it ({source.reason}{': ' + source.detail if source.detail else ''})")
        if as_text:
            from linter.output.extracted import render

            click.echo(render(source, lang), nl=False)
            return
        from linter.output.ast_json import document_json

        model = linter.model(source, Options(year=year))
    click.echo(json.dumps(document_json(model, str(path)), ensure_ascii=False, indent=2))


_SURROGATE = re.compile("[\ud800-\udfff]")


class _run_errors:
    """A RunError becomes one line on stderr and exit status 2; so does a bug (without a
    traceback unless XXGK_LINT_DEBUG is set), so users and CI logs see what failed."""

    def __enter__(self):
        return self

    def __exit__(self, kind, error, traceback):
        if isinstance(error, RunError):
            click.echo(f"xxgk-lint: error: {error}", err=True)
            sys.exit(2)
        if isinstance(error, Exception) and not os.environ.get("XXGK_LINT_DEBUG"):
            detail = f"{type(error).__name__}: {error}"[:500]
            click.echo(
                f"xxgk-lint: internal error {detail} (please report it; XXGK_LINT_DEBUG=1 shows the traceback)",
                err=True,
            )
            sys.exit(2)
        return False
