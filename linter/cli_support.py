"""What the commands share: option types, the output file, and how a failed run ends."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable
from pathlib import Path

import click

from linter.core.errors import RunError
from linter.core.findings import SEVERITIES
from linter.run.pool import InternalError

LANGS = click.Choice(["zh", "en"])


class Date(click.ParamType):
    name = "YYYY-MM-DD"

    def convert(self, value, param, ctx):
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            self.fail(f"{value!r} is not a date like 2024-03-31", param, ctx)


def ids(value: str | None) -> tuple[str, ...]:
    return tuple(part.strip().upper() for part in (value or "").split(",") if part.strip())


def emit(text: str, output_file: Path | None) -> None:
    if output_file is None:
        click.echo(text, nl=False)
        return
    try:
        output_file.write_text(text, encoding="utf-8")
    except OSError as error:
        raise RunError(f"{output_file}: cannot write the output: {error.strerror or error}") from None


class run_errors:
    """A RunError becomes one line on stderr and exit status 2; so does a bug (without a
    traceback unless XXGK_LINT_DEBUG is set), so users and CI logs see what failed."""

    def __enter__(self):
        return self

    def __exit__(self, kind, error, traceback):
        if isinstance(error, RunError):
            click.echo(f"xxgk-lint: error: {error}", err=True)
            sys.exit(2)
        if isinstance(error, Exception) and not os.environ.get("XXGK_LINT_DEBUG"):
            detail = str(error) if isinstance(error, InternalError) else f"{type(error).__name__}: {error}"
            click.echo(
                f"xxgk-lint: internal error {detail} (please report it; XXGK_LINT_DEBUG=1 shows the traceback)",
                err=True,
            )
            sys.exit(2)
        return False


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
    click.option(
        "--rules", "rule_dirs", multiple=True, type=click.Path(path_type=Path), help="A folder of extra YAML rules."
    ),
    click.option(
        "--config", type=click.Path(path_type=Path, dir_okay=False), help="Use this configuration for every file."
    ),
    click.option(
        "--fail-on", type=click.Choice(SEVERITIES[:2]), help="Exit 1 on findings of this severity or worse [error]."
    ),
    click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings."),
)
