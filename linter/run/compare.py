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

from linter.core.errors import RunError
from linter.core.findings import Finding, Hit
from linter.core.spans import Span
from linter.core.suppression import Outcome, Suppression
from linter.model.digest import Comparison, Digest
from linter.model.digest_parts import Spot
from linter.model.organs import same_organ_keys
from linter.readers.source import Source
from linter.run import suppress
from linter.run.digests import Digests, Key, Packed, unpack
from linter.run.engine import Linter, fingerprinted
from linter.run.result import FileResult
from linter.run.session import Session


class CrossReport:
    """The digests of one run (on disk, see ``digests``), and the findings the
    cross-report rules make of them."""

    def __init__(self, previous: Path | None = None):
        self.previous_path = str(previous) if previous else None
        self.previous: Digest | None = None  # the report --previous names, if any
        self._linters: list[Linter] = []  # of the reports' configurations: their rules, language and severities
        self._digests = Digests()

    def add(self, linter: Linter, packed: Packed) -> None:
        """What the engine hands over for each report it reads (``Linter.collect``)."""
        given = packed.path == self.previous_path
        if given:
            self.previous = unpack(packed)[0]
        self._digests.add(packed, self._owner(linter), given)

    def _owner(self, linter: Linter) -> int:
        for index, known in enumerate(self._linters):
            if known is linter:
                return index
        self._linters.append(linter)
        return len(self._linters) - 1

    def _given(self, report: Key) -> Digest | None:
        """The --previous report, for the one report of the run or for those of its organ:
        with a folder, other organs' reports are paired as usual."""
        previous = self.previous
        if previous is None or not (len(self._digests) == 1 or same_organ_keys(previous.organ_key, report.organ_key)):
            return None
        return previous

    def _last_year(self, report: Key) -> Digest | None:
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
        return self._digests.get(paired.path)[0] if paired else None

    def findings(self) -> Iterator[tuple[str, list[Finding]]]:
        """Each report's GK5xx findings with its inline suppressions applied (GK004 for those
        that suppressed nothing), one report at a time, by path; reports without any left out."""
        if self.previous_path is not None and self.previous is None:
            raise RunError(f"{self.previous_path}: given with --previous, but no report could be read from it")
        for key, digest, suppressions, holders in self._digests.reports():
            comparison = Comparison(digest, self._given(key) or self._last_year(key), holders)
            if findings := _findings(self._linters[key.owner], suppressions, comparison):
                yield key.path, findings


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
