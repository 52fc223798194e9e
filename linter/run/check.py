"""``check`` from start to end, without the printing: each file linted with its
suppressions applied, then fixes, unused sidecar entries and the baseline."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from linter.core.errors import RunError
from linter.core.failure import Failure
from linter.core.findings import SEVERITIES, Finding
from linter.run.config import Config
from linter.run.result import FileResult
from linter.run.session import Session, report_files

if TYPE_CHECKING:
    from linter.run.fixes import Plan


class CheckOptions(NamedTuple):
    fix: bool = False  # make the fixes, then report what remains
    diff: bool = False  # only plan the fixes
    baseline: Path | None = None  # report only findings it does not record
    write_baseline: bool = False  # every finding is to be recorded: no baseline filtering


class CheckRun(NamedTuple):
    """What a check found, for the command line to render."""

    files: tuple[Path, ...]
    findings: list[Finding]
    plans: list[Plan]  # with --fix, those made; with --diff, those it would make
    lang: str = "zh"  # of the summary
    failed: bool = False  # a finding at or above the threshold of its file
    skipped: tuple[str, ...] = ()  # with --fix, each file not written, and why


def check_files(session: Session, paths: Iterable[Path], options: CheckOptions) -> CheckRun:
    cli = session.command_line
    if cli.select or cli.ignore:
        session.linter(Config())  # unknown ids on the command line fail before any file is read
    files = tuple(report_files(tuple(paths)))
    results = [_check(session, path) for path in files]
    plans = _plans(results) if options.fix or options.diff else []
    if options.diff:
        return CheckRun(files, [], plans)
    skipped: list[str] = []
    if options.fix:
        results, plans = _fixed(session, results, plans, skipped)
    findings = [f for r in results for f in r.findings]
    if options.fix:
        findings.sort(key=lambda f: f.sort_key)  # the fixed files were read again
    findings += session.unused_sidecar_entries()
    if options.baseline and not options.write_baseline:
        from linter.run import baseline as baselines  # imported here, as fixes: most runs need neither

        findings = baselines.new_findings(findings, baselines.load(options.baseline))
    lang = session.lang(session.config(files[0])) if files else cli.lang or "zh"
    return CheckRun(files, findings, plans, lang, _failed(session, findings), tuple(skipped))


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
    return [_check(session, Path(r.path)) if r.path in fixed else r for r in results], made


def _check(session: Session, path: Path) -> FileResult:
    """The file's result; GK000 on it, and the run goes on, when checking it fails on a bug."""
    try:
        return session.check(path)
    except RunError:
        raise
    except Exception as error:
        return session.linter(session.config(path)).internal_error(str(path), Failure.of("run", error))


def _failed(session: Session, findings: list[Finding]) -> bool:
    """Whether a finding is at or above the --fail-on (or configured) threshold for its file."""
    threshold = {f.path: SEVERITIES.index(session.fail_on(session.config(Path(f.path)))) for f in findings}
    return any(SEVERITIES.index(f.severity) <= threshold[f.path] for f in findings)
