"""Every built-in rule is documented and its YAML examples behave as they say."""

import pytest

from linter.core.resources import RULES_DIR
from linter.output.rule_docs import example_findings
from linter.rules.declarations import load_rules

from .helpers import FORMAT

RULESET = load_rules([RULES_DIR], FORMAT)
RULES = RULESET.rules
EXAMPLES = [(rule, example) for rule in RULES for example in rule.examples]


def test_rule_ids_and_names_are_unique():
    assert len({r.id for r in RULES}) == len(RULES)
    assert len({r.name for r in RULES}) == len(RULES)


@pytest.mark.parametrize("rule", [r for r in RULES if r.stage == "model"], ids=lambda r: r.id)
def test_every_rule_has_rationale_basis_and_both_examples(rule):
    assert rule.rationale and rule.rationale.en
    assert {e.kind for e in rule.examples} == {"fail", "pass"}
    assert all(text.en for text in rule.messages.values())


@pytest.mark.parametrize("rule, example", EXAMPLES, ids=lambda x: getattr(x, "id", getattr(x, "kind", "")))
def test_examples_fail_and_pass_as_declared(rule, example):
    reported = [f.rule for f in example_findings(rule, example, RULESET)]
    if example.kind == "fail":
        assert rule.id in reported
    else:
        assert reported == []
