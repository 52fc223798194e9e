"""``check`` from start to end, without the printing: each file linted with its
suppressions applied, then fixes, unused sidecar entries and the baseline.

The findings come as a stream (``streamed``), read once by whoever prints them: a run
over 10,000 reports never holds them all. With --fix or --diff, which hold each file's
fixed text anyway, they are a list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import partial
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from linter.core.findings import Finding
from linter.core.record import Record
from linter.run.config import Config
from linter.run.exclude import Exclusions, Globs, excluded, globs_for, report_files
from linter.run.pool import Files, check_one, checked
from linter.run.result import FileResult
from linter.run.session import Session
from linter.run.stdin import Piped, is_stdin, read_stdin
from linter.run.streamed import Verdict, streamed

if TYPE_CHECKING:
    from linter.run.fixes import Plan

LISTED = 64  # files named or found that are kept in memory; more are kept on disk (``paths``)


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

    files: Files  # every file checked, standard input first: read as often as needed
    findings: Iterable[Finding]  # in order; read once (a list with --fix or --diff)
    plans: list[Plan]  # with --fix, those made; with --diff, those it would make
    lang: str  # of the summary
    verdict: Verdict  # ``failed`` once the findings have been read
    piped: Piped | None = None  # standard input, when it was checked
    skipped: tuple[str, ...] = ()  # with --fix, each file not written, and why

    @property
    def failed(self) -> bool:
        """A finding at or above the threshold of its file (once the findings have been read)."""
        return self.verdict.failed


class _WithPiped:
    """The files of a run with standard input's name first."""

    def __init__(self, name: Path, files: Files):
        self._name, self._files = name, files

    def __len__(self) -> int:
        return 1 + len(self._files)

    def __iter__(self) -> Iterator[Path]:
        return chain((self._name,), self._files)


def check_files(session: Session, paths: Iterable[Path], options: CheckOptions) -> CheckRun:
    cli = session.command_line
    exclusions = options.exclusions

    def globs(path: Path) -> tuple[Globs, ...]:
        return globs_for(session.config(path), exclusions)

    paths = tuple(paths)
    piped = read_stdin(options.stdin_filename) if any(is_stdin(p) for p in paths) else None
    if piped and exclusions.force and excluded(piped.name, globs(piped.name)):
        piped = None
    files = _listed(report_files(tuple(p for p in paths if not is_stdin(p)), globs, exclusions.force))
    crossing = None
    if session.compares(files):  # before any linter is built: they collect for it
        from linter.run import compare  # with its digests: a check of one report compares nothing

        crossing = compare.start(session)
    if cli.select or cli.ignore:
        session.linter(Config())  # unknown ids on the command line fail before any file is read
    if cli.previous:
        check_one(session, cli.previous)  # read for its digest only: its own findings are not this run's
    recorded = frozenset()
    if options.baseline and not options.write_baseline:
        from linter.run import baseline as baselines  # imported here, as fixes: most runs need neither

        recorded = baselines.load(options.baseline)
    done = partial(options.progress, total=len(files)) if options.progress else None
    results = checked(session, files, options.jobs, done)
    shown = _WithPiped(piped.name, files) if piped else files
    first = next(iter(shown), None)
    lang = session.lang(session.config(first)) if first else cli.lang or "zh"
    verdict = Verdict(session)
    if not (options.fix or options.diff):
        findings = verdict.judged(streamed(session, results, piped, crossing, recorded))
        return CheckRun(shown, findings, [], lang, verdict, piped)
    results = list(results)
    plans = _plans(results)
    writes = not options.diff
    skipped: list[str] = []
    if writes:
        results, plans = _fixed(session, results, plans, skipped)
    held = list(verdict.judged(streamed(session, results, None, crossing, recorded, resorted=writes)))
    return CheckRun(shown, held, plans, lang, verdict, piped, tuple(skipped))


def _listed(files: Iterable[Path]) -> Files:
    """``files`` in a tuple, or on disk when there are more than ``LISTED``."""
    held: list[Path] = []
    for file in files:
        if len(held) == LISTED:
            from linter.run.paths import PathList  # imported here: checking a few files does without it

            return PathList(chain(held, (file,), files))
        held.append(file)
    return tuple(held)


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
