"""``check`` from start to end, without the printing: each file linted with its
suppressions applied, then fixes, unused sidecar entries and the baseline."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from linter.core.findings import SEVERITIES, Finding
from linter.core.record import Record
from linter.run.config import Config
from linter.run.exclude import Exclusions, Globs, excluded, globs_for, report_files
from linter.run.pool import check_one, checked
from linter.run.result import FileResult
from linter.run.session import Session
from linter.run.stdin import Piped, is_stdin, read_stdin

if TYPE_CHECKING:
    from linter.run.fixes import Plan


class CheckOptions(Record):
    fix: bool = False  # make the fixes, then report what remains
    diff: bool = False  # only plan the fixes
    baseline: Path | None = None  # report only findings it does not record
    write_baseline: bool = False  # every finding is to be recorded: no baseline filtering
    exclusions: Exclusions = Exclusions()
    stdin_filename: str | None = None  # the name of standard input, given as the path -
    jobs: int = 1  # worker processes (1: this one)
    progress: Callable[[int, int], None] | None = None  # (files done, files) after each file


class CheckRun(Record):
    """What a check found, for the command line to render."""

    files: tuple[Path, ...]
    findings: list[Finding]
    plans: list[Plan]  # with --fix, those made; with --diff, those it would make
    lang: str = "zh"  # of the summary
    failed: bool = False  # a finding at or above the threshold of its file
    piped: Piped | None = None  # standard input, when it was checked
    skipped: tuple[str, ...] = ()  # with --fix, each file not written, and why


def check_files(session: Session, paths: Iterable[Path], options: CheckOptions) -> CheckRun:
    cli = session.command_line
    exclusions = options.exclusions

    def globs(path: Path) -> tuple[Globs, ...]:
        return globs_for(session.config(path), exclusions)

    paths = tuple(paths)
    piped = read_stdin(options.stdin_filename) if any(is_stdin(p) for p in paths) else None
    if piped and exclusions.force and excluded(piped.name, globs(piped.name)):
        piped = None
    files = tuple(report_files(tuple(p for p in paths if not is_stdin(p)), globs, exclusions.force))
    crossing = None
    if session.compares(files):  # before any linter is built: they collect for it
        from linter.run import compare  # with its digests: a check of one report compares nothing

        crossing = compare.start(session)
    if cli.select or cli.ignore:
        session.linter(Config())  # unknown ids on the command line fail before any file is read
    if cli.previous:
        check_one(session, cli.previous)  # read for its digest only: its own findings are not this run's
    done = partial(options.progress, total=len(files)) if options.progress else None
    results = list(checked(session, files, options.jobs, done))
    if piped:
        files, results = (piped.name, *files), [check_one(session, piped.name, piped.data), *results]
    plans = _plans(results) if options.fix or options.diff else []
    writes = options.fix and not options.diff
    skipped: list[str] = []
    if writes:
        results, plans = _fixed(session, results, plans, skipped)
    if crossing is not None:
        from linter.run.compare import with_findings

        results = with_findings(session, crossing, results)
    findings = [f for r in results for f in r.findings]
    if writes:
        findings.sort(key=lambda f: f.sort_key)  # the fixed files were read again
    findings += session.unused_sidecar_entries()
    if options.baseline and not options.write_baseline:
        from linter.run import baseline as baselines  # imported here, as fixes: most runs need neither

        findings = baselines.new_findings(findings, baselines.load(options.baseline))
    lang = session.lang(session.config(files[0])) if files else cli.lang or "zh"
    return CheckRun(files, findings, plans, lang, _failed(session, findings), piped, tuple(skipped))


def _plans(results: list[FileResult]) -> list[Plan]:
    from linter.run import fixes

    return [p for r in results if (p := fixes.plan(r)) is not None]


def _fixed(
    session: Session, results: list[FileResult], plans: list[Plan], skipped: list[str]
) -> tuple[list[FileResult], list[Plan]]:
    """Make the fixes, then lint the fixed files again: what remains is what is reported.
    The plans made, and in ``skipped`` each file not written and why."""
    made = []
    for plan in plans:
        problem = plan.write()
        if problem:
            skipped.append(f"{plan.path}: {problem}")
        else:
            made.append(plan)
    fixed = {str(p.path) for p in made}
    return [check_one(session, Path(r.path)) if r.path in fixed else r for r in results], made


def _failed(session: Session, findings: list[Finding]) -> bool:
    """Whether a finding is at or above the --fail-on (or configured) threshold for its file."""
    threshold = {f.path: SEVERITIES.index(session.fail_on(session.config(Path(f.path)))) for f in findings}
    return any(SEVERITIES.index(f.severity) <= threshold[f.path] for f in findings)
