"""The command line: ``check``, ``rules``, ``explain``, ``parse`` (see ../shared/spec/contract.md).

Exit status: 0 nothing at or above ``--fail-on``; 1 findings at or above it; 2 the
run itself failed (usage, rules, I/O). A file that cannot be read or is not a report
is a finding, not a failure.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from linter import __version__
from linter.cli_i18n import ENV as LANG_ENV
from linter.cli_i18n import LocalizedGroup
from linter.cli_support import (
    FILE,
    FIXABLE_NOTE,
    LANGS,
    PATH,
    Printing,
    baseline_written,
    fixable_summary,
    fixed,
    globs,
    ids,
    print_findings,
    readable,
    run_errors,
    run_options,
    selection_options,
)
from linter.core.errors import RunError
from linter.core.resources import FORMAT_FILE, RULES_DIR
from linter.format.spec import load_format
from linter.model.report import Options
from linter.output import FORMATS
from linter.output.as_text import summary
from linter.output.progress import progress_bar
from linter.rules.declarations import load_rules
from linter.run.check import CheckOptions, check_files
from linter.run.engine import Linter
from linter.run.exclude import Exclusions
from linter.run.pool import default_jobs
from linter.run.session import CommandLine, Session
from linter.run.stdin import is_stdin

STATISTICS_FORMATS = ("text", "json")  # SARIF, GitHub and JUnit carry findings, not counts


@click.group(cls=LocalizedGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="xxgk-lint")
def main() -> None:
    """Lint 政府信息公开工作年度报告 (government information disclosure annual reports)."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=PATH)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(FORMATS, case_sensitive=False),
    help="Output format [text; github under GitHub Actions].",
)
@selection_options
@click.option("--lang", type=LANGS, envvar=LANG_ENV, help="Language of the messages (zh when not configured).")
@click.option("--year", type=click.IntRange(1990, 2100), help="The report year, when the text does not say.")
@run_options
@click.option("--quiet", "-q", is_flag=True, help="No summary line.")
@click.option("--statistics", is_flag=True, help="Counts per rule instead of the findings.")
@click.option("--output", "output_file", type=FILE, help="Write the output to this file.")
@click.option("--baseline", type=FILE, help="Report only findings not in this baseline.")
@click.option("--write-baseline", type=FILE, help="Record every finding in this baseline.")
@click.option(
    "--previous",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="Last year's report of the same organ, for GK501–GK506.",
)
@click.option("--fix", is_flag=True, help="Make the safe fixes (GK104, GK105) in text and Markdown files.")
@click.option("--diff", is_flag=True, help="Show the fixes --fix would make, and change nothing.")
@click.option(
    "--annotate",
    "annotated",
    type=FILE,
    help="Write a copy of the Word file checked with the findings as comments and the safe fixes as tracked changes.",
)
@click.option("--exclude", help="Globs not to check, comma-separated, instead of the defaults and the configuration's.")
@click.option("--extend-exclude", help="Globs not to check, comma-separated, besides the others.")
@click.option("--force-exclude", is_flag=True, help="Apply the exclusions to files named on the command line too.")
@click.option("--stdin-filename", help="The name to report standard input as (with the path -).")
@click.option("--show-source", is_flag=True, help="Show each finding's line, with a caret under what it is about.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), help="Worker processes [the number of CPUs; 1: none].")
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
    previous,
    fix,
    diff,
    annotated,
    exclude,
    extend_exclude,
    force_exclude,
    stdin_filename,
    show_source,
    jobs,
    timeout,
):  # noqa: E501
    """Lint report files, and folders of them (recursively)."""
    command_line = CommandLine(
        ids(select), ids(ignore), lang, year, published, tuple(rule_dirs), config, fail_on, previous, timeout=timeout
    )
    output_format = output_format or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
    if (fix or diff) and any(is_stdin(p) for p in paths):
        raise click.UsageError("--fix and --diff change files; standard input is not one (see --format json's fix)")
    if statistics and output_format not in STATISTICS_FORMATS:
        raise click.UsageError(f"--statistics gives counts as text or json, not {output_format}")
    with run_errors():
        session = Session(command_line)
        exclusions = Exclusions(globs(exclude) if exclude is not None else None, globs(extend_exclude), force_exclude)
        jobs = jobs or default_jobs()
        options = CheckOptions(
            fix, diff, baseline, write_baseline is not None, exclusions, stdin_filename, jobs, progress_bar(quiet)
        )
        run = check_files(session, paths, options)
        if fix or diff:
            from linter.output.unfixable import notes

            for note in notes(run.findings, run.lang):
                click.echo(note, err=True)
        if diff:
            click.echo("".join(p.diff() for p in run.plans), nl=False)
            sys.exit(1 if (run.plans or run.failed) and not exit_zero else 0)
        for skipped in run.skipped:
            click.echo(f"xxgk-lint: {skipped}", err=True)
        if fix and not quiet:
            click.echo(fixed(sum(p.applied for p in run.plans), len(run.plans), lang or "zh"), err=True)
        if write_baseline:
            from linter.run import baseline as baselines

            count = baselines.write(write_baseline, run.findings)
            click.echo(baseline_written(count, write_baseline, run.lang), err=True)
            sys.exit(0)
        printing = Printing(output_format, statistics, show_source, output_file, annotated, quiet)
        tally = print_findings(run, session.rules, printing)
        if not quiet:
            click.echo(summary(tally.severities, len(run.files), run.lang), err=True)
            if output_format == "text" and (note := fixable_summary(tally.fixable, run.lang)):
                click.echo(note, err=True)
    sys.exit(1 if run.failed and not exit_zero else 0)


@main.command()
@click.option("--lang", type=LANGS, envvar=LANG_ENV, default="zh", show_default=True, help="Language of the output.")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "markdown"], case_sensitive=False),
    default="text",
    show_default=True,
)
@click.option("--rules", "rule_dirs", multiple=True, type=PATH, help="A folder of extra YAML rules.")
def rules(lang, output_format, rule_dirs):
    """List every rule: id, name, default severity, summary (markdown: the full documentation)."""
    with run_errors():
        ruleset = load_rules([RULES_DIR, *rule_dirs], load_format(FORMAT_FILE))
        if output_format == "markdown":
            from linter.output.rule_docs import rule_docs

            click.echo(rule_docs(ruleset, lang), nl=False)
            return
    if output_format == "json":
        listing = [
            {"id": r.id, "name": r.name, "severity": r.severity, "fix": r.fixable, "summary": r.summary.get(lang)}
            for r in ruleset.rules
        ]
        click.echo(json.dumps(listing, ensure_ascii=False, indent=2))
        return
    for rule in ruleset.rules:
        fix = "[*]" if rule.fixable else "   "
        click.echo(f"{rule.id}  {rule.name:<28} {rule.severity:<8} {fix} {rule.summary.get(lang)}")
    click.echo(FIXABLE_NOTE[lang], err=True)


@main.command()
@click.argument("rule_id")
@click.option("--lang", type=LANGS, envvar=LANG_ENV, default="zh", show_default=True, help="Language of the output.")
@click.option("--rules", "rule_dirs", multiple=True, type=PATH, help="A folder of extra YAML rules.")
def explain(rule_id, lang, rule_dirs):
    """Why a rule exists, what it rests on, and a failing and a passing example."""
    with run_errors():
        ruleset = load_rules([RULES_DIR, *rule_dirs], load_format(FORMAT_FILE))
        rule = next((r for r in ruleset.rules if r.id == rule_id.upper() or r.name == rule_id), None)
        if rule is None:
            raise RunError(f"no rule {rule_id!r} (see `xxgk-lint rules`)")
        from linter.output import rule_docs as explained

        click.echo(explained.as_text(explained.describe(rule, ruleset, lang)))


@main.command()
@click.option("--lang", type=LANGS, envvar=LANG_ENV, default="zh", show_default=True, help="Language of the output.")
def server(lang):
    """A Language Server over standard input and output, for editors (needs xxgk-lint[lsp])."""
    with run_errors():
        try:
            from linter.server.lsp import serve
        except ImportError:
            from linter.readers.install import install_command

            raise RunError(f"xxgk-lint server needs pygls: {install_command('lsp')}") from None
        serve(lang)


@main.command()
@click.argument("path", type=PATH)
@click.option("--year", type=click.IntRange(1990, 2100), help="The report year, when the text does not say.")
@click.option("--text", "as_text", is_flag=True, help="Print the extracted text with its line numbers instead.")
@click.option(
    "--lang",
    type=LANGS,
    envvar=LANG_ENV,
    default="zh",
    show_default=True,
    help="Language of the locations (with --text).",
)
@click.option("--previous", type=FILE, help="Last year's report: show whether they pair.")
def parse(path, year, as_text, lang, previous):
    """Print the AST, and what the report model recognised, as JSON."""
    with run_errors():
        linter = Linter.default()
        source = readable(linter, path)
        if as_text:
            from linter.output.extracted import render

            click.echo(render(source, lang), nl=False)
            return
        from linter.output.ast_json import document_json

        model = linter.model(source, Options(year=year))
        last = linter.model(readable(linter, previous)) if previous else None
    click.echo(
        json.dumps(document_json(model, str(path), last and (last, str(previous))), ensure_ascii=False, indent=2)
    )


main.add_lazy_command("audit", "linter.cli_audit:audit")  # imported only for an audit
