"""Each check kind declares the placeholder names each of its messages is given, and its
hits give exactly those: so a template that loads can always be filled."""

import string
from collections import defaultdict

import pytest

from linter.core.failure import Failure
from linter.core.resources import RULES_DIR
from linter.output.rule_docs import example_findings
from linter.rules.declarations import load_rules
from linter.rules.kinds import KINDS
from linter.run.engine import Linter

from .helpers import CORPUS, FORMAT, ROOT, SAMPLES

PACKS = [RULES_DIR, SAMPLES / "rule-pack"]


def test_every_kind_declares_the_names_of_each_message():
    for kind in KINDS.values():
        assert "default" in kind.MESSAGES, kind.KIND
        assert all(isinstance(names, tuple) for names in kind.MESSAGES.values()), kind.KIND


@pytest.mark.parametrize("rule", load_rules(PACKS, FORMAT).rules, ids=lambda r: r.id)
def test_built_in_messages_use_only_the_declared_names(rule):
    for key, text in rule.messages.items():
        for template in (text.zh, text.en or ""):
            used = {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
            assert used <= set(rule.kind.MESSAGES[key]), (key, template)


def test_hits_give_exactly_the_declared_names(monkeypatch, tmp_path):
    given: dict[tuple[str, str], set[frozenset[str]]] = defaultdict(set)
    for kind in KINDS.values():
        monkeypatch.setattr(kind, "check", _recording(kind, kind.check, given))
    ruleset = load_rules(PACKS, FORMAT)
    linter = Linter(ruleset, FORMAT)
    reports = [*SAMPLES.glob("*.txt"), *(sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else [])]
    for path in reports:
        linter.lint_path(path)
    for rule in ruleset.rules:
        for example in rule.examples:
            example_findings(rule, example, ruleset)
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    linter.lint_path(tmp_path / "binary.txt")
    text = (SAMPLES / "2023-qinghe-county.txt").read_text(encoding="utf-8")
    linter.lint_text("<!-- xxgk-lint: disable GK105 -->\n<!-- xxgk-lint: disable GK999 -->\n" + text)
    linter.internal_error("report.txt", Failure.of("rules", ValueError("a bug")))
    assert given, "no hits recorded"
    for (name, message), keysets in sorted(given.items()):
        assert keysets == {frozenset(KINDS[name].MESSAGES[message])}, (name, message)
    assert {name for name, _ in given} == set(KINDS)


def _recording(kind, check, given):
    def recorded(subject, config):
        for hit in check(subject, config):
            given[kind.KIND, hit.message].add(frozenset(hit.args))
            yield hit

    return recorded


def test_docs_list_every_message_placeholder():
    guide = (ROOT / "docs" / "rule-packs.md").read_text(encoding="utf-8")
    for name, kind in KINDS.items():
        for key, names in kind.MESSAGES.items():
            shown = ", ".join(f"`{{{n}}}`" for n in names) or "—"
            assert f"| `{name}` | `{key}` | {shown} |" in guide, (name, key)
