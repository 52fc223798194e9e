"""The pipeline, end to end: a file (or text) in, sorted findings out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from . import readers
from .domain import FormatSpec, load_format
from .errors import RunError
from .findings import Finding, Hit
from .lexer import Lexer
from .model import Options, ReportModel, build_model
from .parser import parse
from .resources import FORMAT_FILE, RULES_DIR
from .ruleset import Rule, RuleSet, load_rules
from .source import Source, Unreadable


class Selection(NamedTuple):
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
        selection: Selection = Selection(),
        lang: str = "zh",
        max_bytes: int = readers.DEFAULT_MAX_BYTES,
    ):
        unknown = selection.unknown(rules)
        if unknown:
            raise RunError(f"no rule matches {', '.join(unknown)} (see `xxgk-lint rules`)")
        self.rules = tuple(r for r in rules.rules if selection.enabled(r.id))
        self.spec = spec
        self.lexer = Lexer(spec)
        self.lang = lang
        self.max_bytes = max_bytes

    @classmethod
    def default(cls, extra_rules: Iterable[Path] = (), **kwargs) -> Linter:
        """The built-in rules and format, plus rule packs from ``extra_rules``."""
        return cls(load_rules([RULES_DIR, *extra_rules]), load_format(FORMAT_FILE), **kwargs)

    def lint_path(self, path: Path, options: Options = Options()) -> list[Finding]:
        return self.lint_source(readers.read(path, self.max_bytes), options)

    def lint_text(self, text: str, path: str = "<text>", options: Options = Options()) -> list[Finding]:
        return self.lint_source(Source(path, text, "utf-8"), options)

    def lint_source(self, source: Source | Unreadable, options: Options = Options()) -> list[Finding]:
        if isinstance(source, Unreadable):
            hits = self._run((r for r in self.rules if r.stage == "read"), source)
        else:
            hits = self._lint_model(self.model(source, options))
        findings = [self._finding(source.path, rule, hit) for rule, hit in hits]
        return sorted(findings, key=lambda f: f.sort_key)

    def model(self, source: Source, options: Options = Options()) -> ReportModel:
        lines = source.lines()
        tokens, artifacts = self.lexer.tokens(lines)
        document = parse(tokens, len(lines), artifacts)
        return build_model(document, self.spec, options, source.metadata)

    def _lint_model(self, model: ReportModel) -> list[tuple[Rule, Hit]]:
        rules = [r for r in self.rules if r.stage == "model"]
        for gate in (r for r in rules if r.gate):
            hits = list(self._run([gate], model))
            if hits:
                return hits
        return list(self._run((r for r in rules if not r.gate and r.when.applies(model)), model))

    @staticmethod
    def _run(rules: Iterable[Rule], subject: ReportModel | Unreadable) -> Iterator[tuple[Rule, Hit]]:
        for rule in rules:
            for hit in rule.kind.check(subject, rule.config):
                yield rule, hit

    def _finding(self, path: str, rule: Rule, hit: Hit) -> Finding:
        return Finding(
            path=path,
            span=hit.span,
            rule=rule.id,
            name=rule.name,
            severity=hit.severity or rule.severity,
            message=rule.message(hit, self.lang),
            basis=rule.basis.get(self.lang) if rule.basis else "",
            fix=hit.fix,
        )
