"""``check``'s findings as a stream: each file's final findings as soon as they are final,
in the order of the files, never every file's at once.

A file's findings are final once its own check is done, unless the run has a
cross-report stage (GK5xx: two reports or more, or --previous), whose findings about a
report are known only when every report has been read, or unless standard input, checked
last, is to be shown first. Then each file's result waits on disk (``RowStore``), the
cross-report findings too (``FindingsByPath``), until the files are gone through again.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import chain
from typing import TYPE_CHECKING

from linter.core.findings import SEVERITIES, Finding
from linter.run.pathnames import as_path
from linter.run.pool import check_one
from linter.run.result import FileResult
from linter.run.session import Session
from linter.run.stdin import Piped

if TYPE_CHECKING:
    from linter.run.compare import CrossReport


class Verdict:
    """Whether a finding is at or above the --fail-on (or configured) threshold of its
    file: known once the findings have all been read through ``judged``."""

    def __init__(self, session: Session):
        self._session = session
        self._path, self._threshold = "", 0  # the last finding's file, and its threshold
        self.failed = False

    def fails(self, finding: Finding) -> bool:
        """Whether ``finding`` is at or above its file's threshold (``failed`` then too)."""
        if finding.path != self._path:  # a file's findings come together: its threshold looked up once
            self._path = finding.path
            self._threshold = SEVERITIES.index(self._session.fail_on(self._session.config(as_path(finding.path))))
        fails = SEVERITIES.index(finding.severity) <= self._threshold
        self.failed = self.failed or fails
        return fails

    def judged(self, findings: Iterable[Finding]) -> Iterator[Finding]:
        for finding in findings:
            self.fails(finding)
            yield finding


def streamed(
    session: Session,
    results: Iterable[FileResult],
    piped: Piped | None,
    crossing: CrossReport | None,
    recorded: frozenset[str],
    resorted: bool = False,
) -> Iterator[Finding]:
    """The run's findings in order: each file's, standard input's first, then the sidecar
    entries that suppressed nothing; none whose fingerprint ``recorded`` (the baseline) has.
    ``resorted``: the files' findings sorted as one list (after --fix, which read files again)."""
    if crossing is not None or piped is not None:
        results = _waited(session, results, piped, crossing)
    found: Iterable[Finding] = (f for result in results for f in result.findings)
    if resorted:
        found = sorted(found, key=lambda f: f.sort_key)
    for finding in _chained(found, session):
        if finding.fingerprint not in recorded:
            yield finding


def _chained(found: Iterable[Finding], session: Session) -> Iterator[Finding]:
    yield from found
    yield from session.unused_sidecar_entries()  # once every file's suppressions have been used


def _waited(
    session: Session, results: Iterable[FileResult], piped: Piped | None, crossing: CrossReport | None
) -> Iterator[FileResult]:
    """The results, kept on disk until every file has been checked, each with its
    cross-report findings (its ignores and sidecar applied); standard input's first."""
    from linter.run.rowstore import RowStore  # imported here: checking one file does without it

    store: RowStore[FileResult] = RowStore()
    try:
        for result in results:
            store.append(result._replace(facts=None))  # the facts are the audit's
        first = [check_one(session, piped.name, piped.data)] if piped else []
        if crossing is None:
            yield from first
            yield from store
            return
        from linter.run.by_path import FindingsByPath

        crossed = FindingsByPath(crossing.findings())
        try:
            for result in chain(first, store):
                yield _with_crossed(session, result, crossed.get(result.path))
        finally:
            crossed.close()
    finally:
        store.close()


def _with_crossed(session: Session, result: FileResult, crossed: list[Finding]) -> FileResult:
    if not crossed:
        return result
    findings = result.findings + session.filtered(as_path(result.path), crossed)
    return result._replace(findings=sorted(findings, key=lambda f: f.sort_key))
