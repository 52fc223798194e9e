"""The documentation shows what the code does: generated rule docs are current, the
YAML in the guides loads, the README shows real output."""

import re

import pytest
from click.testing import CliRunner

from linter.cli import main
from linter.core.resources import RULES_DIR
from linter.output.rule_docs import example_findings
from linter.rules.declarations import load_rules

from .helpers import FORMAT, ROOT, SAMPLES

DOCS = ROOT / "docs"


@pytest.mark.parametrize("lang, name", [("zh", "rules.md"), ("en", "rules.en.md")])
def test_rule_docs_are_generated_from_the_rules(lang, name):
    generated = CliRunner().invoke(main, ["rules", "--format", "markdown", "--lang", lang]).stdout
    assert (DOCS / name).read_text(encoding="utf-8") == generated, (
        f"regenerate: xxgk-lint rules --format markdown --lang {lang} > docs/{name}"
    )


def test_yaml_in_the_rule_pack_guide_loads(tmp_path):
    blocks = re.findall(r"```yaml\n(.*?)```", (DOCS / "rule-packs.md").read_text(encoding="utf-8"), re.S)
    assert blocks
    for number, block in enumerate(blocks):
        folder = tmp_path / str(number)
        folder.mkdir()
        (folder / "pack.yaml").write_text(block, encoding="utf-8")
        assert load_rules([folder], FORMAT).rules


PACK = load_rules([RULES_DIR, SAMPLES / "rule-pack"], FORMAT)
PACK_EXAMPLES = [(r, e) for r in PACK.rules if r.id.startswith("SL") for e in r.examples]


@pytest.mark.parametrize("rule, example", PACK_EXAMPLES, ids=lambda x: getattr(x, "id", getattr(x, "kind", "")))
def test_example_pack_rules_do_what_their_examples_say(rule, example):
    reported = [f.rule for f in example_findings(rule, example, PACK)]
    assert (rule.id in reported) if example.kind == "fail" else reported == []


def test_readme_shows_the_real_output_of_the_first_command(monkeypatch):
    monkeypatch.chdir(ROOT)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = re.search(r"The first command prints.*?```text\n(.*?)```", readme, re.S).group(1)
    result = CliRunner().invoke(main, ["check", "samples/"])
    assert shown == result.stdout + result.stderr
