"""A rule's documentation, with its examples run through the linter: ``xxgk-lint
explain`` prints it as text, ``xxgk-lint rules --format markdown`` (docs/rules.md) as
Markdown. The output shown for each example is what the linter really reports."""

from __future__ import annotations

from typing import NamedTuple

from linter.core.findings import Finding
from linter.core.resources import FORMAT_FILE
from linter.format.spec import load_format
from linter.model.roster import unreported
from linter.readers.source import Source
from linter.rules.declarations import ROSTER_EXAMPLE, Example, Rule, RuleSet
from linter.run.engine import Linter

_LABELS = {
    "zh": {
        "basis": "依据",
        "why": "说明",
        "fail": "不符合的示例",
        "pass": "符合的示例",
        "previous": "先检查的报告（上年报告，或另一机关的报告）",
        "later": "本报告",
        "reports": "xxgk-lint 报告",
        "none": "（无）",
        "severity": "默认级别",
        "options": "命令行选项",
        "fixable": "可自动修复：`xxgk-lint check --fix` 修改文本和 Markdown 文件，`--diff` 预览修改",
        "roster": "应报送机关名单",
    },
    "en": {
        "basis": "Basis",
        "why": "Why",
        "fail": "Failing example",
        "pass": "Passing example",
        "previous": "The earlier report (last year's, or another organ's)",
        "later": "This report",
        "reports": "xxgk-lint reports",
        "none": "(nothing)",
        "severity": "Default severity",
        "options": "Command-line options",
        "fixable": "Fixable: `xxgk-lint check --fix` makes the fix in text and Markdown files, `--diff` shows it",
        "roster": "The roster",
    },
}


class Description(NamedTuple):
    rule: Rule
    labels: dict[str, str]
    summary: str
    basis: str
    rationale: str
    examples: tuple[tuple[Example, tuple[str, ...]], ...]  # each with the findings it gives, as lines


def example_findings(rule: Rule, example: Example, rules: RuleSet, lang: str = "zh") -> list[Finding]:
    """What the rule reports on one of its examples, with the other rules running too
    (a suppression is used only when what it covers is found) but not the gates."""
    runnable = RuleSet(tuple(r for r in rules.rules if not r.gate or r.id == rule.id))
    linter = Linter(runnable, load_format(FORMAT_FILE), lang=lang)
    if example.previous is not None:
        from linter.run.compare import pair_findings

        previous = Source("previous.txt", example.previous, "utf-8")
        found = pair_findings(linter, previous, Source("example.txt", example.text, "utf-8"))
    else:
        result = linter.check(Source("example.txt", example.text, "utf-8"), example.options)
        found = result.findings
        roster = example.options.roster
        if roster is not None and result.facts is not None:
            found = found + linter.roster_findings(
                unreported(roster, [(result.facts.organ, result.facts.year)], example.options.year)
            )
    return [f for f in found if f.rule == rule.id]


def describe(rule: Rule, rules: RuleSet, lang: str) -> Description:
    examples = tuple(
        (example, tuple(f"{f.span.line}:{f.span.column}: {f.rule} [{f.severity}] {f.message}" for f in found))
        for example in rule.examples
        for found in [example_findings(rule, example, rules, lang)]
    )
    return Description(
        rule=rule,
        labels=_LABELS[lang],
        summary=rule.summary.get(lang),
        basis=rule.basis.get(lang) if rule.basis else "",
        rationale=rule.rationale.get(lang) if rule.rationale else "",
        examples=examples,
    )


def options_text(options) -> str:
    """The command-line options an example is checked with: ``--year 2023 --published …``."""
    given = [("--year", options.year), ("--published", options.published)]
    return " ".join(f"{name} {value}" for name, value in given if value is not None)


def as_text(d: Description) -> str:
    labels, rule = d.labels, d.rule
    out = [f"{rule.id} {rule.name} [{rule.severity}]", d.summary, ""]
    if rule.fixable:
        out += [labels["fixable"].replace("`", ""), ""]
    if d.basis:
        out += [f"{labels['basis']}: {d.basis}", ""]
    if d.rationale:
        out += [f"{labels['why']}:", _indent(d.rationale, "  "), ""]
    for example, reported in d.examples:
        if example.roster is not None:
            out += [f"{labels['roster']}:", _indent(example.roster.rstrip("\n"), "  | ")]
        out.append(f"{labels[example.kind]}:")
        if options := options_text(example.options):
            out.append(f"  {labels['options']}: {options}")
        if example.previous is not None:
            out += [f"  {labels['previous']}:", _indent(example.previous.rstrip("\n"), "  | "), f"  {labels['later']}:"]
        out += [_indent(example.text.rstrip("\n"), "  | "), f"  {labels['reports']}:"]
        out += [f"    {line}" for line in reported or [labels["none"]]]
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def as_markdown(d: Description) -> str:
    labels, rule = d.labels, d.rule
    out = [f"## {rule.id} {rule.name}", "", f"{d.summary}", "", f"{labels['severity']}: `{rule.severity}`", ""]
    if rule.fixable:
        out += [labels["fixable"], ""]
    if d.basis:
        out += [f"{labels['basis']}: {d.basis}", ""]
    if d.rationale:
        out += [f"**{labels['why']}**", "", d.rationale, ""]
    for example, reported in d.examples:
        if example.roster is not None:
            out += [f"{labels['roster']} (`{ROSTER_EXAMPLE}`)", "", "```text", example.roster.rstrip("\n"), "```", ""]
        out += [f"**{labels[example.kind]}**", ""]
        if options := options_text(example.options):
            out += [f"{labels['options']}: `{options}`", ""]
        if example.previous is not None:
            out += [
                f"{labels['previous']}:",
                "",
                "```text",
                example.previous.rstrip("\n"),
                "```",
                "",
                f"{labels['later']}:",
                "",
            ]
        out += ["```text", example.text.rstrip("\n"), "```", ""]
        out += [f"{labels['reports']}:", "", "```text", *(reported or [labels["none"]]), "```", ""]
    return "\n".join(out)


def rule_docs(ruleset: RuleSet, lang: str) -> str:
    """docs/rules.md: every rule's documentation, generated (see tests/test_docs.py)."""
    title = {"zh": "# xxgk-lint 规则", "en": "# xxgk-lint rules"}[lang]
    note = {
        "zh": "由 `xxgk-lint rules --format markdown` 从 `rules/*.yaml` 生成，请勿手工修改。示例下的输出是 xxgk-lint 的实际输出。",
        "en": "Generated from `rules/*.yaml` by `xxgk-lint rules --format markdown --lang en`; do not edit. "
        "The output under each example is what xxgk-lint really reports.",
    }[lang]
    sections = [as_markdown(describe(rule, ruleset, lang)) for rule in ruleset.rules]
    return "\n".join([title, "", note, "", *sections])


def _indent(text: str, prefix: str) -> str:
    return "\n".join(prefix + line for line in text.split("\n"))
