"""``audit``: every report checked as ``check`` checks it (configuration, rule packs,
selection, suppressions, baseline), summarised as one row per report, then the
run-wide findings: the roster's organs with no report (GK601), the cross-report rules
(GK5xx, from ``run.compare``), sidecar entries that suppressed nothing (GK004).

Results stream from the pool in file order; a row keeps the report's facts and counts,
and its findings only when a writer needs them (``keep_findings``).
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import NamedTuple

from linter.core.findings import Finding
from linter.model.facts import ReportFacts
from linter.model.roster import Roster, RosterEntry, unreported
from linter.run import compare
from linter.run.exclude import Exclusions, globs_for, report_files
from linter.run.pathnames import as_path
from linter.run.paths import PathList
from linter.run.pool import checked
from linter.run.result import FileResult
from linter.run.rowstore import RowStore
from linter.run.session import Session
from linter.run.streamed import Verdict

STATUSES = ("clean", "findings", "unreadable", "not-a-report")
# The interpreter's free lists (of tuples above all), which the cross-report stage's
# short-lived tuples fill further the longer the run (some 800 KiB from the 4,000th
# report on, held until the run ends), emptied every so many of the run's findings.
EMPTIED = 1000
NOT_A_REPORT = "GK002"


class AuditOptions(NamedTuple):
    jobs: int = 1
    baseline: Path | None = None
    keep_findings: bool = False  # for the writers: the terminal table needs only counts
    progress: Callable[[int, int], None] | None = None


class ReportRow(NamedTuple):
    """One report as the summary shows it."""

    path: str
    facts: ReportFacts | None  # None when the file gave no text
    status: str  # one of STATUSES
    counts: tuple[int, int, int]  # errors, warnings, info
    rules: tuple[tuple[str, int], ...]  # each rule that reported and how often, most first
    failed: bool  # a finding at or above the file's --fail-on
    findings: tuple[Finding, ...] = ()  # only with keep_findings


class AuditRun(NamedTuple):
    rows: RowStore[ReportRow]  # on disk: read them as often as needed, one at a time
    run_findings: RowStore[Finding]  # about the run rather than one report: GK601, GK5xx, GK004
    missing: tuple[RosterEntry, ...]  # the roster's organs with no report
    roster: str  # the roster file, "" without one
    year: int | None  # the audited year (--year); None: any
    by_rule: Counter[str]  # every finding reported, rows and run alike
    by_status: Counter[str]  # reports by status
    lang: str
    failed: bool


def audit(
    session: Session,
    paths: Iterable[Path],
    options: AuditOptions,
    roster: Roster | None = None,
    year: int | None = None,
) -> AuditRun:
    """The run; ``year`` is the audited year, for the roster: without it a report of any
    year counts (the linter does not guess which year a folder is for)."""
    files = PathList(report_files(tuple(paths), lambda path: globs_for(session.config(path), Exclusions())))
    crossing = compare.start(session) if session.compares(files) else None  # before any linter is built
    recorded = _baseline(options.baseline)
    done = partial(options.progress, total=len(files)) if options.progress else None
    rows: RowStore[ReportRow] = RowStore()
    by_rule: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    reported: list[tuple[str | None, int | None]] = []  # (organ, year): for the roster, small
    failed = False
    for result in checked(session, files, options.jobs, done):
        row = _row(session, result, recorded, options.keep_findings)
        rows.append(row)
        by_rule.update(dict(row.rules))
        statuses[row.status] += 1
        failed = failed or row.failed
        if roster is not None and row.facts is not None:
            reported.append((row.facts.organ, row.facts.year))
    missing: tuple[RosterEntry, ...] = ()
    found: list[Iterable[Finding]] = []  # each lazily: the cross-report ones come one report at a time
    if roster is not None:
        gone = unreported(roster, reported, year)
        missing = gone.entries
        found.append(session.linter(session.config(Path(roster.path))).roster_findings(gone))
    if crossing is not None:  # GK5xx: about pairs and groups of reports, listed with the run's
        found.append(
            f for path, of_path in crossing.findings(options.jobs) for f in session.filtered(as_path(path), of_path)
        )
    found.append(session.unused_sidecar_entries())
    run_findings: RowStore[Finding] = RowStore()  # on disk, as the rows: one per report at worst
    kept = (f for findings in found for f in findings if f.fingerprint not in recorded)
    verdict = Verdict(session)
    for count, finding in enumerate(kept, 1):
        if count % EMPTIED == 0:
            gc.collect()  # a full collection, the one kind that empties them (a few ms)
        run_findings.append(finding)
        by_rule[finding.rule] += 1
        verdict.fails(finding)
    failed = failed or verdict.failed
    first = files.first()
    lang = session.lang(session.config(first)) if first else session.command_line.lang or "zh"
    return AuditRun(rows, run_findings, missing, roster.path if roster else "", year, by_rule, statuses, lang, failed)


def _row(session: Session, result: FileResult, recorded: frozenset[str], keep: bool) -> ReportRow:
    findings = [f for f in result.findings if f.fingerprint not in recorded] if recorded else result.findings
    severities = Counter(f.severity for f in findings)
    rules = Counter(f.rule for f in findings)
    facts = result.facts
    if facts is not None and not keep:
        facts = facts._replace(title="", sections=(), quotes=())  # what only the writers show
    return ReportRow(
        path=result.path,
        facts=facts,
        status=_status(facts, findings),
        counts=(severities["error"], severities["warning"], severities["info"]),
        rules=tuple(sorted(rules.items(), key=lambda item: (-item[1], item[0]))),
        failed=_failed(session, findings),
        findings=tuple(findings) if keep else (),
    )


def _status(facts: ReportFacts | None, findings: list[Finding]) -> str:
    if facts is None:
        return "unreadable"
    if any(f.rule == NOT_A_REPORT for f in findings):
        return "not-a-report"
    return "findings" if findings else "clean"


def _failed(session: Session, findings: Iterable[Finding]) -> bool:
    verdict = Verdict(session)
    return any(map(verdict.fails, findings))


def _baseline(path: Path | None) -> frozenset[str]:
    if path is None:
        return frozenset()
    from linter.run import baseline

    return baseline.load(path)
