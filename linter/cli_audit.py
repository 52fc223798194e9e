"""``xxgk-lint audit``: a spring's reports in one run, one row per report, and the
roster's organs that have not reported; the findings as a workbook, CSV, JSON or a
self-contained page (``--output``, by its suffix)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from linter.cli_i18n import ENV as LANG_ENV
from linter.cli_i18n import LocalizedCommand
from linter.cli_support import LANGS, ids, run_errors, run_options, selection_options
from linter.core.errors import RunError
from linter.output.progress import progress_bar
from linter.run.pool import default_jobs
from linter.run.session import CommandLine, Session

WRITERS = (".xlsx", ".csv", ".json", ".html")


@click.command(cls=LocalizedCommand)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--roster",
    type=click.Path(path_type=Path, dir_okay=False),
    help="The organs expected to report (.txt, .csv, .xlsx).",
)
@click.option(
    "--output",
    "output_file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Also write the audit: .xlsx, .csv, .json or .html.",
)
@click.option("--jobs", "-j", type=click.IntRange(min=1), help="Worker processes [the number of CPUs; 1: none].")
@selection_options
@click.option(
    "--lang", type=LANGS, envvar=LANG_ENV, help="Language of the messages and columns (zh when not configured)."
)
@click.option("--year", type=click.IntRange(1990, 2100), help="The audited year, for --roster [any year].")
@run_options
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, no summary line.")
@click.option(
    "--baseline", type=click.Path(path_type=Path, dir_okay=False), help="Report only findings not in this baseline."
)
def audit(paths, roster, output_file, jobs, lang, year, quiet, baseline, **shared):
    """Check many reports: one row per report, totals, and the organs of --roster with no report."""
    with run_errors():
        if output_file is not None and output_file.suffix.lower() not in WRITERS:
            raise RunError(f"{output_file}: --output writes {', '.join(WRITERS)} files")
        from linter.run.audit import AuditOptions  # imported here: `check` starts without the audit's modules
        from linter.run.audit import audit as run_audit
        from linter.run.roster import load_roster

        loaded = load_roster(roster) if roster else None
        command_line = CommandLine(
            ids(shared["select"]),
            ids(shared["ignore"]),
            lang,
            None,  # --year here is the audited year, not the year of every report
            shared["published"],
            tuple(shared["rule_dirs"]),
            shared["config"],
            shared["fail_on"],
            roster=loaded,
        )
        session = Session(command_line)
        options = AuditOptions(jobs or default_jobs(), baseline, output_file is not None, progress_bar(quiet))
        run = run_audit(session, paths, options, loaded, year)
        from linter.output import audit_text

        for line in audit_text.render(run):
            click.echo(line, nl=False)
        if output_file is not None:
            _write(run, output_file)
        if not quiet:
            click.echo(audit_text.summary(run), err=True)
    sys.exit(1 if run.failed and not shared["exit_zero"] else 0)


def _write(run, path: Path) -> None:
    from importlib import import_module

    writer = import_module(f"linter.output.audit_{path.suffix.lower().lstrip('.')}")
    try:
        writer.write(run, path)
    except OSError as error:
        raise RunError(f"{path}: cannot write the audit: {error.strerror or error}") from None
