"""Rules as declared in YAML (``rules/*.yaml`` and rule packs), validated when loaded.

A rule is a YAML entry: id, name, severity, messages in Chinese and English, basis,
the check kind that does the work (a module in ``linter/rules/kinds``) and its params.
A declaration that does not validate stops the run with a located error:
``pack/broken.yaml: rule 3 (GK900): 'severity': 'loud' is not one of [...]``; so does
a message naming a placeholder its kind does not give, or a parameter the format
(sections, tables, rows, columns) has no place for.
"""

import datetime as dt
import json
import re
import string
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple

from linter.core.errors import DeclarationError
from linter.core.findings import Hit, Localized
from linter.core.resources import TABLES_FILE
from linter.core.yamlfile import load_validated, located, schema_errors
from linter.format.spec import FormatSpec
from linter.format.tables import identity_schema
from linter.model.report import Options, ReportModel
from linter.rules.context import Context
from linter.rules.kinds import KINDS

SCHEMA_FILE = "schema.json"
ROSTER_EXAMPLE = "roster.txt"  # the name an example's roster is shown under


class Example(NamedTuple):
    kind: str  # "fail" | "pass"
    text: str
    options: Options
    previous: str | None = None  # the earlier report of a pair (GK5xx), checked with this one
    roster: str | None = None  # a roster's text, for the roster rules (GK6xx)


class When(NamedTuple):
    min_year: int | None = None
    max_year: int | None = None
    organ_kinds: tuple[str, ...] | None = None

    def applies(self, model: ReportModel) -> bool:
        year = model.report_year
        if self.min_year is not None and (year is None or year < self.min_year):
            return False
        if self.max_year is not None and (year is None or year > self.max_year):
            return False
        return self.organ_kinds is None or model.organ_kind in self.organ_kinds


class Rule(NamedTuple):
    id: str
    name: str
    severity: str
    summary: Localized
    basis: Localized | None
    rationale: Localized | None
    messages: Mapping[str, Localized]
    kind: ModuleType  # the check module
    config: Any  # the params, as the check prepared them
    params: Mapping[str, Any]
    gate: bool
    when: When
    examples: tuple[Example, ...]
    source: str  # the file that declared it

    @property
    def stage(self) -> str:
        """ "read" for rules about files that gave no text; "compare" for the cross-report
        rules; "suppress" for those about suppressions; "model" for the rest."""
        return getattr(self.kind, "STAGE", "model")

    @property
    def fixable(self) -> bool:
        """Whether its findings carry a safe fix (``--fix``): the check kind says so."""
        return getattr(self.kind, "FIXABLE", False)

    def message(self, hit: Hit, lang: str) -> str:
        template = self.messages[hit.message].get(lang)
        args = {key: _render_arg(value, lang) for key, value in hit.args.items()}
        return template.format_map(args)


class RuleSet(NamedTuple):
    rules: tuple[Rule, ...]

    def get(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)


def load_rules(directories: Iterable[Path], spec: FormatSpec) -> RuleSet:
    """Every rule declared in ``*.yaml`` files directly inside each directory, by id,
    prepared for the format ``spec``."""
    context = Context(spec)
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for directory in directories:
        if not directory.is_dir():
            raise DeclarationError(str(directory), "", "not a folder of rule files")
        for path in sorted([*directory.glob("*.yaml"), *directory.glob("*.yml")]):
            schema = directory / SCHEMA_FILE if (directory / SCHEMA_FILE).is_file() else _builtin_schema()
            for rule in _load_file(path, schema, context):
                if rule.id in seen:
                    raise DeclarationError(str(path), f"rule {rule.id}", f"id already declared in {seen[rule.id]}")
                seen[rule.id] = str(path)
                rules.append(rule)
    return RuleSet(tuple(sorted(rules, key=lambda r: r.id)))


def _builtin_schema() -> Path:
    from linter.core.resources import RULES_DIR

    return RULES_DIR / SCHEMA_FILE


def _load_file(path: Path, schema: Path, context: Context) -> list[Rule]:
    data = load_validated(path, schema, lambda document: _check_params(path, document), _kinds_fingerprint())
    return [_rule(path, index, entry, context) for index, entry in enumerate(data["rules"])]


def _check_params(path: Path, data: Mapping[str, Any]) -> None:
    """Each rule's params against its check kind's schema (the part of validation that
    depends on the code, hence ``_kinds_fingerprint()`` in the cache key)."""
    for index, entry in enumerate(data["rules"]):
        kind = KINDS.get(entry["check"])
        if kind is None:
            continue  # reported by _rule with the list of known kinds
        for location, message in schema_errors(entry.get("params", {}), _params_schema(kind)):
            raise located(path, data, ["rules", index, "params", *location], message)


def _params_schema(kind: ModuleType) -> dict[str, Any]:
    """A kind's params schema; its ``$ref``s may name the format's definitions (``#/$defs/identity``)."""
    return {"type": "object", "additionalProperties": False, "$defs": _format_defs(), **getattr(kind, "PARAMS", {})}


@cache
def _format_defs() -> dict[str, Any]:
    return identity_schema(TABLES_FILE)["$defs"]


@cache
def _kinds_fingerprint() -> str:
    kinds = {name: [getattr(kind, "PARAMS", {}), kind.MESSAGES] for name, kind in sorted(KINDS.items())}
    return json.dumps([kinds, _format_defs()], sort_keys=True)


def _rule(path: Path, index: int, entry: Mapping[str, Any], context: Context) -> Rule:
    where = f"rule {index + 1} ({entry['id']})"

    def fail(field: str, problem: str) -> DeclarationError:
        return DeclarationError(str(path), where, f"'{field}': {problem}")

    kind = KINDS.get(entry["check"])
    if kind is None:
        raise fail("check", f"unknown check kind '{entry['check']}' (known: {', '.join(sorted(KINDS))})")
    params = entry.get("params", {})
    try:
        config = kind.prepare(params, context) if hasattr(kind, "prepare") else params
    except ValueError as error:
        raise fail("params", str(error)) from None
    messages = {key: Localized.of(value) for key, value in entry["messages"].items()}
    for key in kind.MESSAGES:
        if key not in messages:
            raise fail("messages", f"the check '{entry['check']}' needs a message '{key}'")
    for key, text in messages.items():
        if key not in kind.MESSAGES:
            raise fail(f"messages.{key}", f"the check '{entry['check']}' gives no message '{key}'")
        for field_, template in (("zh", text.zh), ("en", text.en)):
            problem = _template_problem(template or "", kind.MESSAGES[key])
            if problem:
                raise fail(f"messages.{key}.{field_}", problem)
    when = entry.get("when", {})
    return Rule(
        id=entry["id"],
        name=entry["name"],
        severity=entry["severity"],
        summary=Localized.of(entry["summary"]),
        basis=Localized.of(entry.get("basis")),
        rationale=Localized.of(entry.get("rationale")),
        messages=messages,
        kind=kind,
        config=config,
        params=params,
        gate=entry.get("gate", False),
        when=When(
            when.get("min_year"), when.get("max_year"), tuple(when["organ_kinds"]) if "organ_kinds" in when else None
        ),
        examples=tuple(_example(e, fail) for e in entry.get("examples", ())),
        source=str(path),
    )


def _example(entry: Mapping[str, Any], fail) -> Example:
    published = None
    if "published" in entry:
        try:
            published = dt.date.fromisoformat(entry["published"])
        except ValueError:
            raise fail("examples", f"'published': {entry['published']!r} is not a date (YYYY-MM-DD)") from None
    roster = None
    if "roster" in entry:  # only the roster rules' examples: the module is not loaded for the others
        from linter.model.roster import roster_from_text

        roster = roster_from_text(ROSTER_EXAMPLE, entry["roster"])
    options = Options(entry.get("year"), published, roster)
    return Example(entry["kind"], entry["text"], options, entry.get("previous"), entry.get("roster"))


def _template_problem(template: str, names: tuple[str, ...]) -> str:
    """Why ``template`` cannot be filled from ``names`` (a placeholder that is not one of
    them, or not a plain name: no format spec, no conversion), or ""."""
    try:
        for _, name, spec, conversion in string.Formatter().parse(template):
            if name is None:
                continue
            if spec or conversion or not re.fullmatch(r"[a-z_]+", name):
                shown = name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "")
                return f"placeholder {{{shown}}} is not a plain name"
            if name not in names:
                given = ", ".join(f"{{{n}}}" for n in names) or "none"
                return f"placeholder {{{name}}} is not one this message is given (it may use: {given})"
    except ValueError as error:
        return f"bad template: {error}"
    return ""


def _render_arg(value: Any, lang: str) -> str:
    if isinstance(value, Localized):
        return value.get(lang)
    if isinstance(value, list | tuple):
        return ("、" if lang == "zh" else ", ").join(_render_arg(v, lang) for v in value)
    return str(value)
