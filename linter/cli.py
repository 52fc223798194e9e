"""The command line: ``check``, ``rules``, ``explain``, ``parse`` (see ../shared/spec/contract.md).

Exit status: 0 nothing at or above ``--fail-on``; 1 findings at or above it; 2 the
run itself failed (usage, rules, I/O). A file that cannot be read or is not a report
is a finding, not a failure.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from . import __version__
from .engine import Linter, Selection
from .errors import RunError
from .findings import SEVERITIES, Finding
from .model import Options
from .output import FORMATS
from .output.as_text import summary
from .readers import REPORT_SUFFIXES
from .source import Unreadable

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
@click.option("--format", "output_format", type=click.Choice(sorted(FORMATS)), default="text", show_default=True)
@click.option("--select", help="Only these rules: ids or prefixes, comma-separated (GK1,GK301).")
@click.option("--ignore", help="Not these rules: ids or prefixes, comma-separated.")
@click.option("--lang", type=LANGS, default="zh", show_default=True, help="Language of the messages.")
@click.option("--year", type=click.IntRange(1990, 2100), help="The report year, when the text does not say.")
@click.option("--published", type=_Date(), help="The publication date, for GK303.")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(path_type=Path), help="A folder of extra YAML rules.")
@click.option("--fail-on", type=click.Choice(SEVERITIES[:2]), default="error", show_default=True)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("--quiet", "-q", is_flag=True, help="No summary line.")
def check(paths, output_format, select, ignore, lang, year, published, rule_dirs, fail_on, exit_zero, quiet):
    """Lint report files, and folders of them (recursively)."""
    with _run_errors():
        linter = Linter.default(rule_dirs, selection=Selection(_ids(select), _ids(ignore)), lang=lang)
        options = Options(year=year, published=published)
        files = list(_report_files(paths))
        findings: list[Finding] = []
        for path in files:
            findings.extend(_lint_one(linter, path, options))
        click.echo(FORMATS[output_format](findings, lang), nl=False)
        if not quiet:
            click.echo(summary(findings, len(files), lang), err=True)
    threshold = SEVERITIES.index(fail_on)
    failed = any(SEVERITIES.index(f.severity) <= threshold for f in findings)
    sys.exit(1 if failed and not exit_zero else 0)


@main.command()
@click.option("--lang", type=LANGS, default="zh", show_default=True)
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(path_type=Path), help="A folder of extra YAML rules.")
def rules(lang, output_format, rule_dirs):
    """List every rule: id, name, default severity, summary."""
    with _run_errors():
        ruleset = Linter.default(rule_dirs).rules
    if output_format == "json":
        listing = [{"id": r.id, "name": r.name, "severity": r.severity, "summary": r.summary.get(lang)} for r in ruleset]
        click.echo(json.dumps(listing, ensure_ascii=False, indent=2))
        return
    for rule in ruleset:
        click.echo(f"{rule.id}  {rule.name:<28} {rule.severity:<8} {rule.summary.get(lang)}")


@main.command()
@click.argument("rule_id")
@click.option("--lang", type=LANGS, default="zh", show_default=True)
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(path_type=Path), help="A folder of extra YAML rules.")
def explain(rule_id, lang, rule_dirs):
    """Why a rule exists, what it rests on, and a failing and a passing example."""
    with _run_errors():
        linter = Linter.default(rule_dirs)
        rule = next((r for r in linter.rules if r.id == rule_id.upper() or r.name == rule_id), None)
        if rule is None:
            raise RunError(f"no rule {rule_id!r} (see `xxgk-lint rules`)")
    from .explain import explain_rule

    click.echo(explain_rule(rule, lang))


@main.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--year", type=click.IntRange(1990, 2100), help="The report year, when the text does not say.")
@click.option("--text", "as_text", is_flag=True, help="Print the extracted text with its line numbers instead.")
@click.option("--lang", type=LANGS, default="zh", show_default=True, help="Language of the locations (with --text).")
def parse(path, year, as_text, lang):
    """Print the AST, and what the report model recognised, as JSON."""
    from . import readers

    with _run_errors():
        linter = Linter.default()
        source = readers.read(path, linter.max_bytes)
        if isinstance(source, Unreadable):
            raise RunError(f"{path}: cannot read it ({source.reason}{': ' + source.detail if source.detail else ''})")
        if as_text:
            from .output.extracted import render

            click.echo(render(source, lang), nl=False)
            return
        from .output.ast_json import document_json

        model = linter.model(source, Options(year=year))
    click.echo(json.dumps(document_json(model, str(path)), ensure_ascii=False, indent=2))


def _report_files(paths: tuple[Path, ...]) -> Iterator[Path]:
    """Each path given; inside folders, every report file, recursively, hidden folders skipped."""
    for path in paths:
        if path.is_dir():
            found = (
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in REPORT_SUFFIXES and not _hidden(p.relative_to(path))
            )
            yield from sorted(found)
        elif path.exists():
            yield path
        else:
            raise RunError(f"{path}: no such file or folder")


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def _lint_one(linter: Linter, path: Path, options: Options) -> list[Finding]:
    try:
        return linter.lint_path(path, options)
    except RunError:
        raise
    except Exception as error:
        raise _InternalError(f"while checking {path}: {type(error).__name__}: {error}") from error


class _InternalError(Exception):
    """A bug in xxgk-lint, with what it was doing."""


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
            detail = str(error) if isinstance(error, _InternalError) else f"{type(error).__name__}: {error}"
            click.echo(f"xxgk-lint: internal error {detail} (please report it; XXGK_LINT_DEBUG=1 shows the traceback)", err=True)
            sys.exit(2)
        return False
