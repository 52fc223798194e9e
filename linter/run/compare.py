"""The cross-report stage (GK5xx), after every file of a run has had its own check.

Each report read in the run leaves a ``Digest`` (its tables' figures and hashed
sentences with their places; see ``linter.model.digest``). Reports are paired by the
organ and year read from them, never by file name: a report with last year's report of
the same organ (``organ_key``), or with the one ``--previous`` names. Sentences go into
one index for the run. Both are kept on disk (``digests``), so memory does not grow
with the number of reports; the cost is linear in their number and their text: no two
reports are compared unless they are a pair, and shared text is found by looking
hashes up.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from linter.core.errors import RunError
from linter.core.findings import Finding, Hit
from linter.core.spans import Span
from linter.core.suppression import Outcome, Suppression
from linter.model.digest import Comparison, Digest
from linter.model.digest_parts import Spot
from linter.model.organs import same_organ_keys
from linter.readers.source import Source
from linter.run import suppress
from linter.run.digests import Digests, Holders, Key, Packed, unpack
from linter.run.engine import Linter, fingerprinted
from linter.run.result import FileResult
from linter.run.session import Session

# The stage in worker processes (``--jobs``) once a run has this many reports: fewer take
# less time than forking the workers. Reports go to a worker a few at a time, so that
# the bytes waiting at it stay within ``workers.TASK_BYTES`` (a digest is some 8 KiB).
JUDGED_APART = 200
JUDGED_BATCH = 2


class CrossReport:
    """The digests of one run (on disk, see ``digests``), and the findings the
    cross-report rules make of them."""

    def __init__(self, previous: Path | None = None):
        self.previous_path = str(previous) if previous else None
        self.previous: Digest | None = None  # the report --previous names, if any
        self._previous_body = b""  # and as stored
        self._linters: list[Linter] = []  # of the reports' configurations: their rules, language and severities
        self._digests = Digests()

    def add(self, linter: Linter, packed: Packed) -> None:
        """What the engine hands over for each report it reads (``Linter.collect``)."""
        given = packed.path == self.previous_path
        if given:
            self.previous, self._previous_body = unpack(packed.body)[0], packed.body
        self._digests.add(packed, self._owner(linter), given)

    def _owner(self, linter: Linter) -> int:
        for index, known in enumerate(self._linters):
            if known is linter:
                return index
        self._linters.append(linter)
        return len(self._linters) - 1

    def _given(self, report: Key) -> bytes | None:
        """The --previous report (as stored), for the one report of the run or for those of
        its organ: with a folder, other organs' reports are paired as usual."""
        previous = self.previous
        if previous is None or not (len(self._digests) == 1 or same_organ_keys(previous.organ_key, report.organ_key)):
            return None
        return self._previous_body

    def _last_year(self, report: Key) -> bytes | None:
        """The report of the same organ for the year before: by the same name if there is one;
        else by a name that differs only by the higher-level places, if one organ has it
        (淮安市洪泽区 and 洪泽区; not 洪泽区 and two different …市洪泽区). Two files of one
        report (its PDF and its text): the first."""
        if report.year is None or not report.local_key:
            return None
        candidates = self._digests.of_year(report.local_key, report.year - 1, report.path)
        same = [k for k in candidates if k.organ_key == report.organ_key]
        alike = [k for k in candidates if same_organ_keys(k.organ_key, report.organ_key)]
        paired = same[0] if same else alike[0] if len({k.organ_key for k in alike}) == 1 else None
        return self._digests.body(paired.path) if paired else None

    def findings(self, jobs: int = 1) -> Iterator[tuple[str, list[Finding]]]:
        """Each report's GK5xx findings with its inline suppressions applied (GK004 for those
        that suppressed nothing), one report at a time, by path; reports without any left out.
        ``jobs``: worker processes that judge the reports, this process handing them out
        (1, or a run of fewer than ``JUDGED_APART`` reports: judged here; the same findings)."""
        if self.previous_path is not None and self.previous is None:
            raise RunError(f"{self.previous_path}: given with --previous, but no report could be read from it")
        reports = (
            Judged(key.path, key.owner, body, self._given(key) or self._last_year(key), holders)
            for key, body, holders in self._digests.reports()
        )
        parted = jobs > 1 and len(self._digests) >= JUDGED_APART
        judged = _in_workers(self, reports, jobs) if parted else map(self.judge, reports)
        for path, findings in judged:
            if findings:
                yield path, findings

    def judge(self, report: Judged) -> tuple[str, list[Finding]]:
        """The findings of the cross-report rules on one report, as ``findings`` gives them."""
        digest, suppressions = unpack(report.body)
        comparison = Comparison(digest, unpack(report.previous)[0] if report.previous else None, report.holders)
        return report.path, _findings(self._linters[report.owner], suppressions, comparison)

    def judge_all(self, reports: list[Judged]) -> list[tuple[str, list[Finding]]]:
        """In a worker process: a batch of reports judged."""
        return [self.judge(report) for report in reports]


class Judged(NamedTuple):
    """A report as it is judged (``CrossReport.judge``), in this process or a worker."""

    path: str
    owner: int  # the linter that read it (``CrossReport._linters``)
    body: bytes  # its digest and inline suppressions, pickled
    previous: bytes | None  # the report it is paired with (last year's, or --previous), pickled
    holders: Holders  # who else has its sentences

    def __str__(self) -> str:  # a worker that dies names the reports it was given
        return self.path


def _in_workers(crossing: CrossReport, reports: Iterator[Judged], jobs: int) -> Iterator[tuple[str, list[Finding]]]:
    """The reports judged in ``jobs`` worker processes, forked now, with the run's linters
    as this process holds them, and given back in order; in this process where there is
    no fork (a spawned worker would have none of them)."""
    from linter.run.workers import FORKS, batches, ordered  # imported here: a run in this process does without it

    if not FORKS:
        yield from map(crossing.judge, reports)
        return
    for _, judged in ordered(batches(reports, JUDGED_BATCH), crossing.judge_all, _ready, (), jobs):
        yield from judged


def _ready() -> None:
    """A worker of the cross-report stage has what it needs from the fork."""


def start(session: Session) -> CrossReport:
    """The cross-report stage of a run (see ``Session.compares``), collecting from the session's linters."""
    crossing = CrossReport(session.command_line.previous)
    session.collect = crossing.add
    return crossing


def with_findings(session: Session, crossing: CrossReport, results: list[FileResult]) -> list[FileResult]:
    """``results`` with each report's cross-report findings, its ignores and sidecar applied."""
    found = dict(crossing.findings())
    return [
        r._replace(
            findings=sorted(r.findings + session.filtered(Path(r.path), found[r.path]), key=lambda f: f.sort_key)
        )
        if r.path in found
        else r
        for r in results
    ]


def pair_findings(linter: Linter, previous: Source, source: Source) -> list[Finding]:
    """The GK5xx findings of ``source`` paired with ``previous`` (the rule docs' examples)."""
    collector = CrossReport(Path(previous.path))
    linter.collect = collector.add
    try:
        linter.check(previous)
        linter.check(source)
    finally:
        linter.collect = None
    return dict(collector.findings()).get(source.path, [])


def _findings(linter: Linter, suppressions: tuple[Suppression, ...], comparison: Comparison) -> list[Finding]:
    """The findings of the linter's cross-report rules on the compared report."""
    digest = comparison.report
    found = []
    for rule in linter.rules_of("compare"):
        for hit in rule.kind.check(comparison, rule.config):
            spot = _spot(digest, hit.span)
            finding = linter.finding(digest.path, rule, hit)
            location = _with_other(spot.location, _other(hit), linter.lang)
            found.append(finding._replace(location=location, anchor=spot.anchor))
    kept, unused = suppress.apply(fingerprinted(found), list(suppressions))
    kept += linter.suppression_findings(digest.path, Outcome(unused=tuple(unused)))
    return sorted(kept, key=lambda f: f.sort_key)


def _spot(digest: Digest, span: Span) -> Spot:
    """Where a cross-report hit is: a sentence's place, else a table's or one of its cells'
    (the cell's, where both begin at once). Sentences and tables never share a line's
    start, so the tables are read only for a hit that is not at a sentence."""
    at = (span.line, span.column)
    for sentence in digest.sentences:
        if (sentence.spot.span.line, sentence.spot.span.column) == at:
            return sentence.spot
    for table in digest.tables.values():
        for spot in (*table.spots.values(), table.span):
            if (spot.span.line, spot.span.column) == at:
                return spot
    return Spot(span, "", "")


def _other(hit: Hit) -> str:
    return str(hit.args.get("previous") or hit.args.get("other") or "")


def _with_other(location: str, other: str, lang: str) -> str:
    """The location, and the report it was compared with: the pairing, visible in JSON."""
    if lang == "en":
        return f"{location} (compared with {other})" if location else f"compared with {other}"
    return f"{location}（对照 {other}）" if location else f"对照 {other}"
