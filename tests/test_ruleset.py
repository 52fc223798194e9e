"""Broken rule declarations are located errors: file, entry, field."""

import textwrap

import pytest

from linter.core.errors import DeclarationError
from linter.rules.declarations import load_rules

from .helpers import FORMAT

GOOD = """\
- id: {id}
  name: {name}
  severity: warning
  check: forbidden-phrases
  summary: {{zh: 测试}}
  messages: {{default: {{zh: "“{{found}}”：{{reason}}"}}, replace: {{zh: 替换}}}}
  params:
    phrases: [{{pattern: 某某, reason: {{zh: 原因}}}}]
"""


def pack(tmp_path, body: str, name: str = "pack.yaml"):
    (tmp_path / name).write_text(textwrap.dedent(body), encoding="utf-8")
    return tmp_path


def rules(*entries: str) -> str:
    return "rules:\n" + "".join(textwrap.indent(e, "  ") for e in entries)


def error(tmp_path) -> str:
    with pytest.raises(DeclarationError) as caught:
        load_rules([tmp_path], FORMAT)
    return str(caught.value)


def test_a_valid_pack_loads(tmp_path):
    loaded = load_rules([pack(tmp_path, rules(GOOD.format(id="JS101", name="a")))], FORMAT)
    assert [r.id for r in loaded.rules] == ["JS101"]


def test_bad_severity_names_file_entry_and_field(tmp_path):
    body = rules(
        GOOD.format(id="JS101", name="a"),
        GOOD.format(id="JS102", name="b"),
        GOOD.format(id="GK900", name="c").replace("warning", "loud"),
    )
    message = error(pack(tmp_path, body, "broken.yaml"))
    assert (
        message
        == f"{tmp_path}/broken.yaml: rule 3 (GK900): 'severity': 'loud' is not one of ['error', 'warning', 'info']"
    )


def test_unknown_check_kind(tmp_path):
    message = error(
        pack(tmp_path, rules(GOOD.format(id="JS101", name="a").replace("forbidden-phrases", "no-such-check")))
    )
    assert "rule 1 (JS101): 'check': unknown check kind 'no-such-check'" in message


def test_bad_regular_expression_in_params(tmp_path):
    message = error(pack(tmp_path, rules(GOOD.format(id="JS101", name="a").replace("pattern: 某某", "pattern: '某('"))))
    assert "rule 1 (JS101): 'params': phrases[0].pattern: not a valid regular expression" in message


def test_pattern_matching_empty_text_is_refused(tmp_path):
    message = error(pack(tmp_path, rules(GOOD.format(id="JS101", name="a").replace("pattern: 某某", "pattern: '某*'"))))
    assert "matches empty text" in message


def test_params_checked_against_the_check_kind(tmp_path):
    message = error(pack(tmp_path, rules(GOOD.format(id="JS101", name="a").replace("phrases:", "phrase:"))))
    assert "rule 1 (JS101): 'params'" in message and "phrase" in message


def test_missing_message_for_the_check(tmp_path):
    body = GOOD.format(id="JS101", name="a").replace(", replace: {zh: 替换}", "")
    assert "'messages': the check 'forbidden-phrases' needs a message 'replace'" in error(pack(tmp_path, rules(body)))


def test_duplicate_id_across_files(tmp_path):
    pack(tmp_path, rules(GOOD.format(id="JS101", name="a")), "a.yaml")
    pack(tmp_path, rules(GOOD.format(id="JS101", name="b")), "b.yaml")
    assert "id already declared" in error(tmp_path)


def test_invalid_yaml_gives_its_line(tmp_path):
    message = error(pack(tmp_path, "rules:\n  - id: [unclosed\n"))
    assert "pack.yaml: line" in message and "invalid YAML" in message


def test_unknown_field(tmp_path):
    message = error(
        pack(
            tmp_path, rules(GOOD.format(id="JS101", name="a").replace("  severity:", "  severety: error\n  severity:"))
        )
    )
    assert "rule 1 (JS101)" in message and "severety" in message


def test_not_a_folder(tmp_path):
    with pytest.raises(DeclarationError, match="not a folder"):
        load_rules([tmp_path / "absent"], FORMAT)
