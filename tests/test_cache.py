"""The cache only saves time: a changed declaration is never served stale, and without
a usable cache directory everything still works."""

import pytest

from linter.core.errors import DeclarationError
from linter.rules.declarations import load_rules

from .helpers import FORMAT

PACK = """\
rules:
  - id: JS101
    name: a
    severity: {severity}
    check: forbidden-phrases
    summary: {{zh: 测试}}
    messages: {{default: {{zh: "{{found}}"}}, replace: {{zh: "{{found}}"}}}}
    params:
      phrases: [{{pattern: 某某, reason: {{zh: 原因}}}}]
"""


def test_a_changed_pack_is_validated_again(tmp_path, monkeypatch):
    monkeypatch.setenv("XXGK_LINT_CACHE_DIR", str(tmp_path / "cache"))
    pack = tmp_path / "pack.yaml"
    pack.write_text(PACK.format(severity="warning"), encoding="utf-8")
    assert load_rules([tmp_path], FORMAT).rules[0].severity == "warning"
    assert list((tmp_path / "cache").glob("declaration-*.json"))
    pack.write_text(PACK.format(severity="loud"), encoding="utf-8")
    with pytest.raises(DeclarationError, match="'loud' is not one of"):
        load_rules([tmp_path], FORMAT)


def test_cache_can_be_turned_off(tmp_path, monkeypatch):
    monkeypatch.setenv("XXGK_LINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("XXGK_LINT_NO_CACHE", "1")
    (tmp_path / "pack.yaml").write_text(PACK.format(severity="info"), encoding="utf-8")
    assert load_rules([tmp_path], FORMAT).rules[0].severity == "info"
    assert not (tmp_path / "cache").exists()


def test_unwritable_cache_directory_is_ignored(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XXGK_LINT_CACHE_DIR", str(blocker / "cache"))
    (tmp_path / "pack.yaml").write_text(PACK.format(severity="error"), encoding="utf-8")
    assert load_rules([tmp_path], FORMAT).rules[0].severity == "error"
