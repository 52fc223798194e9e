"""The pipeline, end to end: a file (or text) in, sorted findings out."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from linter import readers
from linter.core.errors import RunError
from linter.core.failure import Failure
from linter.core.findings import Finding, Hit
from linter.core.normalize import anchor
from linter.core.record import Record
from linter.core.resources import FORMAT_FILE, RULES_DIR
from linter.core.spans import Span
from linter.core.suppression import Outcome, Suppression
from linter.format.spec import FormatSpec, load_format
from linter.model.facts import ReportFacts, report_facts
from linter.model.report import NO_OPTIONS, Options, ReportModel, build_model
from linter.parse.lexer import Lexer
from linter.parse.parser import parse
from linter.readers.location import location, source_line
from linter.readers.source import Source, Unreadable
from linter.rules.declarations import Rule, RuleSet, load_rules
from linter.run import collector, suppress
from linter.run.budget import DEFAULT_TIMEOUT, Budget, OutOfTime
from linter.run.result import FileResult

if TYPE_CHECKING:  # a check of one report needs neither: imported where they are used
    from linter.model.roster import Unreported
    from linter.run.digests import Packed

QUOTE_LENGTH = 300


class Selection(Record):
    """Which rules run: ids or prefixes, the longest matching prefix wins (as in ruff)."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()

    def enabled(self, rule_id: str) -> bool:
        chosen = [(len(p), False) for p in self.select or ("",) if rule_id.startswith(p)]
        chosen += [(len(p), True) for p in self.ignore if rule_id.startswith(p)]
        if not chosen:
            return False
        length, ignored = max(chosen)  # on a tie, ignoring wins
        return not ignored

    def unknown(self, rules: RuleSet) -> list[str]:
        """Prefixes that match no rule: likely typos, refused like unknown options."""
        return [p for p in (*self.select, *self.ignore) if not any(r.id.startswith(p) for r in rules.rules)]


class Linter:
    def __init__(
        self,
        rules: RuleSet,
        spec: FormatSpec,
        selection: Selection | None = None,
        lang: str = "zh",
        max_bytes: int = readers.DEFAULT_MAX_BYTES,
        severities: Mapping[str, str] | None = None,
        timeout: float | None = DEFAULT_TIMEOUT,
    ):
        selection = selection or Selection()
        unknown = selection.unknown(rules)
        if unknown:
            raise RunError(f"no rule matches {', '.join(unknown)} (see `xxgk-lint rules`)")
        self.rules = tuple(r for r in rules.rules if selection.enabled(r.id))
        # Each stage's enabled rules, in order: sorted out once, not for every file
        self._stages = {
            stage: tuple(r for r in self.rules if r.stage == stage) for stage in {r.stage for r in self.rules}
        }
        self.internal = tuple(r for r in rules.rules if r.stage == "internal")  # reported whatever is selected
        self.known_ids = tuple(r.id for r in rules.rules)  # what suppressions may name
        self.spec = spec
        self.lexer = Lexer(spec)
        self.lang = lang
        self.max_bytes = max_bytes
        self.severities = dict(severities or {})  # rule id → severity that replaces its default
        self.timeout = timeout  # seconds a file may take; None: no limit
        # Given each report's digest and the inline suppressions of cross-report rules only,
        # for the cross-report stage (run/compare.py), which reports those unused (GK004)
        self.collect: Callable[[Linter, Packed], None] | None = None

    @classmethod
    def default(cls, extra_rules: Iterable[Path] = (), **kwargs) -> Linter:
        """The built-in rules and format, plus rule packs from ``extra_rules``."""
        return cls(load_rules([RULES_DIR, *extra_rules], spec := load_format(FORMAT_FILE)), spec, **kwargs)

    def lint_path(self, path: Path, options: Options = NO_OPTIONS) -> list[Finding]:
        return self.check_path(path, options).findings

    def check_path(self, path: Path, options: Options = NO_OPTIONS) -> FileResult:
        """The file read and checked, within one time budget."""
        budget = Budget(self.timeout)
        try:
            folder = path.is_dir()
        except OSError:  # cannot even be looked at: reading it says why
            folder = False
        if folder:  # a folder the walk could not list
            return self.unreadable(Unreadable(str(path), "io", "a folder whose files cannot be listed"))
        try:
            source = readers.read(path, self.max_bytes)
        except Exception as error:  # a bug in a reader: this file's finding, not the run's end
            return self.internal_error(str(path), Failure.of("read", error))
        return self.check(source, options, budget)

    def lint_text(self, text: str, path: str = "<text>", options: Options = NO_OPTIONS) -> list[Finding]:
        return self.lint_source(Source(path, text, "utf-8"), options)

    def lint_source(self, source: Source | Unreadable, options: Options = NO_OPTIONS) -> list[Finding]:
        return self.check(source, options).findings

    def check(
        self, source: Source | Unreadable, options: Options = NO_OPTIONS, budget: Budget | None = None
    ) -> FileResult:
        """The file's sorted findings, with its inline suppressions applied (and GK004/GK005);
        GK001 when its time budget runs out, GK000 when checking it fails on a bug."""
        budget = budget or Budget(self.timeout)
        try:
            with collector.paused():
                return self._check(source, options, budget)
        except OutOfTime as out:
            return self.unreadable(Unreadable(source.path, "timeout", f"{out.stage}, {out.seconds:g} s"))
        except Exception as error:
            return self.internal_error(source.path, Failure.of(budget.stage, error))

    def unreadable(self, source: Unreadable) -> FileResult:
        hits = self._run(self.rules_of("read"), source)
        return FileResult(source.path, fingerprinted([self.finding(source.path, rule, hit) for rule, hit in hits]))

    def internal_error(self, path: str, failure: Failure) -> FileResult:
        """GK000 for ``path``: checking it failed in ``failure.stage``."""
        return FileResult(path, fingerprinted([self.finding(path, r, h) for r, h in self._run(self.internal, failure)]))

    def _check(self, source: Source | Unreadable, options: Options, budget: Budget) -> FileResult:
        if isinstance(source, Unreadable):
            return self.unreadable(source)
        budget.enter("parse")
        lines = source.lines()
        model = self._model(source, lines, options, budget)
        hits = self._lint_model(model, budget)
        budget.enter("suppress")
        found = [self.finding(source.path, rule, hit, source, lines) for rule, hit in hits]
        suppressions, invalid = suppress.inline(lines, self.known_ids)
        kept, unused = suppress.apply(fingerprinted(found), suppressions)
        compared = self.rules_of("compare")
        if compared:
            unused = [s for s in unused if not self._only_compared(s)]  # the cross-report stage applies them
            if self.collect is not None:
                deferred = tuple(s for s in suppressions if self._only_compared(s))
                self.collect(self, self._packed(source, lines, model, deferred))
        outcome = Outcome(tuple(unused), tuple(invalid))
        findings = sorted(kept + self.suppression_findings(source.path, outcome), key=lambda f: f.sort_key)
        return FileResult(source.path, findings, _facts(model, lines, findings))

    def suppression_findings(self, path: str, outcome: Outcome) -> list[Finding]:
        """GK004/GK005 for suppressions that did nothing or could not be understood."""
        return fingerprinted(
            [self.finding(path, rule, hit) for rule, hit in self._run(self.rules_of("suppress"), outcome)]
        )

    def _packed(
        self, source: Source, lines: list[str], model: ReportModel, suppressions: tuple[Suppression, ...]
    ) -> Packed:
        """The report's digest for the cross-report stage, with its ``suppressions`` of cross-report rules."""
        from linter.model.digest import digest
        from linter.run.digests import pack

        def locate(span: Span) -> str:
            return location(source, span, self.lang, lines)

        located = bool(source.places)  # plain text has no places: every location is ""
        return pack(digest(source.path, model, lines, locate if located else None), suppressions)

    def _only_compared(self, suppression: Suppression) -> bool:
        """Whether a suppression names only cross-report rules: those the cross-report stage uses."""
        return all(
            all(r.stage == "compare" for r in self.rules if r.id.startswith(prefix)) for prefix in suppression.rules
        )

    def roster_findings(self, unreported: Unreported) -> list[Finding]:
        """GK601 for each organ on the roster that has no report, at its roster line."""
        path = unreported.roster.path
        return fingerprinted(
            [self.finding(path, rule, hit) for rule, hit in self._run(self.rules_of("roster"), unreported)]
        )

    def rules_of(self, stage: str) -> tuple[Rule, ...]:
        """The enabled rules of a ``stage`` ("read", "model", "compare", "suppress", "roster")."""
        return self._stages.get(stage, ())

    def model(self, source: Source, options: Options = NO_OPTIONS) -> ReportModel:
        return self._model(source, source.lines(), options, Budget(None))

    def _model(self, source: Source, lines: list[str], options: Options, budget: Budget) -> ReportModel:
        tokens, artifacts = self.lexer.tokens(lines)
        document = parse(tokens, len(lines), artifacts)
        budget.enter("model")
        return build_model(document, self.spec, options, source.metadata, source.places)

    def _lint_model(self, model: ReportModel, budget: Budget) -> list[tuple[Rule, Hit]]:
        budget.enter("rules")
        rules = self.rules_of("model")
        for gate in (r for r in rules if r.gate):
            hits = list(self._run([gate], model, budget))
            if hits:
                return hits
        return list(self._run((r for r in rules if not r.gate and r.when.applies(model)), model, budget))

    @staticmethod
    def _run(
        rules: Iterable[Rule],
        subject: ReportModel | Unreadable | Outcome | Unreported | Failure,
        budget: Budget | None = None,
    ) -> Iterator[tuple[Rule, Hit]]:
        for rule in rules:
            if budget is not None:
                budget.check()
            for hit in rule.kind.check(subject, rule.config):
                yield rule, hit

    def finding(
        self, path: str, rule: Rule, hit: Hit, source: Source | None = None, lines: list[str] | None = None
    ) -> Finding:
        """A hit as users see it; with the ``source`` and its ``lines``, the text it is about
        and its location."""
        return Finding(
            path=path,
            span=hit.span,
            rule=rule.id,
            name=rule.name,
            severity=self.severities.get(rule.id) or hit.severity or rule.severity,
            message=rule.message(hit, self.lang),
            basis=rule.basis.get(self.lang) if rule.basis else "",
            fix=hit.fix,
            location=location(source, hit.span, self.lang, lines) if source else "",
            source_line=source_line(source, hit.span) if source else 0,
            anchor=anchor(lines, hit.span) if lines is not None else "",
        )


def _facts(model: ReportModel, lines: list[str], findings: list[Finding]) -> ReportFacts:
    """The report's facts, with the source around each finding: its line, or on a long
    line (a page run into one) ``QUOTE_LENGTH`` characters from a little before it."""
    places = sorted({(f.span.line, f.span.column) for f in findings if 0 < f.span.line <= len(lines)})
    return report_facts(model)._replace(quotes=tuple((place, _quote(lines, *place)) for place in places))


def _quote(lines: list[str], line: int, column: int) -> str:
    text = lines[line - 1]
    start = max(0, min(column - 1 - QUOTE_LENGTH // 4, len(text) - QUOTE_LENGTH))
    return (
        ("…" if start else "") + text[start : start + QUOTE_LENGTH] + ("…" if start + QUOTE_LENGTH < len(text) else "")
    )


def fingerprinted(findings: list[Finding]) -> list[Finding]:
    """Fingerprints: rule, path and anchor, numbered where they repeat."""
    seen: dict[tuple[str, str, str], int] = {}
    marked = []
    for finding in findings:
        key = (finding.rule, finding.path, finding.anchor)
        seen[key] = seen.get(key, -1) + 1
        digest = hashlib.sha256("\0".join((*key, str(seen[key]))).encode("utf-8", "surrogatepass")).hexdigest()[:16]
        marked.append(finding._replace(fingerprint=digest))
    return marked
