"""``xxgk-lint explain``: a rule's documentation, with its examples run through the linter."""

from __future__ import annotations

import textwrap

from .engine import Linter, Selection
from .findings import Finding
from .ruleset import Example, Rule, RuleSet

_LABELS = {
    "zh": {"basis": "依据", "why": "说明", "fail": "不符合的示例", "pass": "符合的示例", "reports": "xxgk-lint 报告", "none": "（无）"},
    "en": {"basis": "Basis", "why": "Why", "fail": "Failing example", "pass": "Passing example", "reports": "xxgk-lint reports", "none": "(nothing)"},
}


def example_findings(rule: Rule, example: Example, rules: RuleSet, lang: str = "zh") -> list[Finding]:
    """What the rule reports on one of its examples, with the other rules running too
    (a suppression is used only when what it covers is found) but not the gates."""
    runnable = RuleSet(tuple(r for r in rules.rules if not r.gate or r.id == rule.id))
    linter = Linter(runnable, _format_spec(), lang=lang)
    return [f for f in linter.lint_text(example.text, "example.txt", example.options) if f.rule == rule.id]


def explain_rule(rule: Rule, rules: RuleSet, lang: str) -> str:
    labels = _LABELS[lang]
    out = [f"{rule.id} {rule.name} [{rule.severity}]", rule.summary.get(lang), ""]
    if rule.basis:
        out += [f"{labels['basis']}: {rule.basis.get(lang)}", ""]
    if rule.rationale:
        out += [f"{labels['why']}:", textwrap.indent(rule.rationale.get(lang), "  "), ""]
    for example in rule.examples:
        out.append(f"{labels[example.kind]}:")
        out.append(textwrap.indent(example.text.rstrip("\n"), "  | ", lambda line: True))
        findings = example_findings(rule, example, rules, lang)
        out.append(f"  {labels['reports']}:")
        lines = [f"{f.span.line}:{f.span.column}: {f.rule} [{f.severity}] {f.message}" for f in findings]
        out.extend(f"    {line}" for line in lines or [labels["none"]])
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _format_spec():
    from .domain import load_format
    from .resources import FORMAT_FILE

    return load_format(FORMAT_FILE)
