"""Rules as declared in YAML (``rules/*.yaml`` and rule packs), validated when loaded.

A rule is a YAML entry: id, name, severity, messages in Chinese and English, basis,
the check kind that does the work (a module in ``linter/rules/kinds``) and its params.
A declaration that does not validate stops the run with a located error:
``pack/broken.yaml: rule 3 (GK900): 'severity': 'loud' is not one of [...]``; so does
a message naming a placeholder its kind does not give, or a parameter the format
(sections, tables, rows, columns) has no place for.
"""

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from linter.core import cache as disk_cache
from linter.core.errors import DeclarationError
from linter.core.findings import Hit, Localized
from linter.core.record import Record
from linter.core.resources import TABLES_FILE
from linter.core.yamlfile import load_validated, located, schema_errors
from linter.format.spec import FormatSpec
from linter.format.tables import SCHEMA_NAME as TABLES_SCHEMA
from linter.format.tables import identity_schema
from linter.model.report import Options, ReportModel
from linter.rules.context import Context
from linter.rules.kinds import KINDS, code_stamp
from linter.rules.prepared import Prepared

SCHEMA_FILE = "schema.json"
ROSTER_EXAMPLE = "roster.txt"  # the name an example's roster is shown under


class Example(Record):
    kind: str  # "fail" | "pass"
    text: str
    year: int | None = None
    published: dt.date | None = None
    previous: str | None = None  # the earlier report of a pair (GK5xx), checked with this one
    roster: str | None = None  # a roster's text, for the roster rules (GK6xx)

    @property
    def options(self) -> Options:
        """What the example is checked with (its roster read only here: only the docs and
        the tests check examples, a run does not)."""
        if self.roster is None:
            return Options(self.year, self.published)
        from linter.model.roster import roster_from_text

        return Options(self.year, self.published, roster_from_text(ROSTER_EXAMPLE, self.roster))


class When(Record):
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


class Rule(Record):
    id: str
    name: str
    severity: str
    summary: Localized
    basis: Localized | None
    rationale: Localized | None
    messages: Mapping[str, Localized]
    check: str  # the check kind's name (``check:``)
    prepared: Prepared  # the params, as the check prepares them
    params: Mapping[str, Any]
    gate: bool
    when: When
    examples: tuple[Example, ...]
    source: str  # the file that declared it

    @property
    def kind(self) -> ModuleType:
        """The check module (imported when a rule of its kind first runs)."""
        return KINDS[self.check]

    @property
    def config(self) -> Any:
        """The params, as the check prepared them."""
        return self.prepared.value

    @property
    def stage(self) -> str:
        """ "read" for rules about files that gave no text; "compare" for the cross-report
        rules; "suppress" for those about suppressions; "model" for the rest."""
        return KINDS.info(self.check).stage

    @property
    def fixable(self) -> bool:
        """Whether its findings carry a safe fix (``--fix``): the check kind says so."""
        return KINDS.info(self.check).fixable

    def message(self, hit: Hit, lang: str) -> str:
        template = self.messages[hit.message].get(lang)
        args = {key: _render_arg(value, lang) for key, value in hit.args.items()}
        return template.format_map(args)


class RuleSet(Record):
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
    """The rules of ``path``. A file is cached once every rule in it validated (its params
    against its kind's schema and by its kind's ``prepare``, its messages' placeholders),
    named by its text, the schema, the format and the ``code_stamp()``: a file found there
    validated before, with this code and format, and its rules are prepared when they run."""
    checked_now: list[Rule] = []

    def validate(document: Mapping[str, Any]) -> None:
        _check_params(path, document)
        checked_now.extend(_rule(path, index, entry, context) for index, entry in enumerate(document["rules"]))

    data = load_validated(path, schema, validate, _salt(context.format.digest))
    if checked_now or not data["rules"]:
        return checked_now
    return [_rule(path, index, entry, context, validated=True) for index, entry in enumerate(data["rules"])]


def _check_params(path: Path, data: Mapping[str, Any]) -> None:
    """Each rule's params against its check kind's schema."""
    for index, entry in enumerate(data["rules"]):
        if entry["check"] not in KINDS:
            continue  # reported by _rule with the list of known kinds
        for location, message in schema_errors(entry.get("params", {}), _params_schema(entry["check"])):
            raise located(path, data, ["rules", index, "params", *location], message)


def _params_schema(kind: str) -> dict[str, Any]:
    """A kind's params schema; its ``$ref``s may name the format's definitions (``#/$defs/identity``)."""
    return {
        "type": "object",
        "additionalProperties": False,
        "$defs": _format_defs(),
        **getattr(KINDS[kind], "PARAMS", {}),
    }


@cache
def _salt(format_digest: str) -> str:
    """What a rule file's validation depends on besides the file and the schema: the code,
    the format, and the format's definitions that params may name."""
    return disk_cache.key(code_stamp(), format_digest, TABLES_FILE.with_name(TABLES_SCHEMA).read_bytes())


@cache
def _format_defs() -> dict[str, Any]:
    return identity_schema(TABLES_FILE)["$defs"]


def _rule(path: Path, index: int, entry: Mapping[str, Any], context: Context, validated: bool = False) -> Rule:
    """The rule ``entry``; checked and prepared now unless its file was ``validated`` before."""
    where = f"rule {index + 1} ({entry['id']})"

    def fail(field: str, problem: str) -> DeclarationError:
        return DeclarationError(str(path), where, f"'{field}': {problem}")

    params = entry.get("params", {})
    messages = {key: Localized.of(value) for key, value in entry["messages"].items()}
    if validated:
        prepared = Prepared(prepare=lambda: _prepared(KINDS[entry["check"]], params, context))
    else:
        prepared = Prepared(_checked(entry, messages, context, fail))
    when = entry.get("when", {})
    return Rule(
        id=entry["id"],
        name=entry["name"],
        severity=entry["severity"],
        summary=Localized.of(entry["summary"]),
        basis=Localized.of(entry.get("basis")),
        rationale=Localized.of(entry.get("rationale")),
        messages=messages,
        check=entry["check"],
        prepared=prepared,
        params=params,
        gate=entry.get("gate", False),
        when=When(
            when.get("min_year"), when.get("max_year"), tuple(when["organ_kinds"]) if "organ_kinds" in when else None
        ),
        examples=tuple(_example(e, fail) for e in entry.get("examples", ())),
        source=str(path),
    )


def _checked(entry: Mapping[str, Any], messages: Mapping[str, Localized], context: Context, fail) -> Any:
    """The params of ``entry`` prepared by its kind, after checking that the kind exists, its
    params prepare and its messages are the ones the kind gives, with placeholders it fills."""
    if entry["check"] not in KINDS:
        raise fail("check", f"unknown check kind '{entry['check']}' (known: {', '.join(sorted(KINDS))})")
    kind = KINDS[entry["check"]]
    try:
        config = _prepared(kind, entry.get("params", {}), context)
    except ValueError as error:
        raise fail("params", str(error)) from None
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
    return config


def _prepared(kind: ModuleType, params: Mapping[str, Any], context: Context) -> Any:
    return kind.prepare(params, context) if hasattr(kind, "prepare") else params


def _example(entry: Mapping[str, Any], fail) -> Example:
    published = None
    if "published" in entry:
        try:
            published = dt.date.fromisoformat(entry["published"])
        except ValueError:
            raise fail("examples", f"'published': {entry['published']!r} is not a date (YYYY-MM-DD)") from None
    return Example(
        entry["kind"], entry["text"], entry.get("year"), published, entry.get("previous"), entry.get("roster")
    )


def _template_problem(template: str, names: tuple[str, ...]) -> str:
    """Why ``template`` cannot be filled from ``names`` (a placeholder that is not one of
    them, or not a plain name: no format spec, no conversion), or ""."""
    import string  # imported here: only a rule file validated afresh has its templates read

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
