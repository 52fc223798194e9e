"""The cache only saves time: a changed declaration is never served stale, and without
a usable cache directory everything still works."""

import os
import time

import pytest

from linter.core import cache as disk_cache
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


def _aged(path, days):
    when = time.time() - days * 86400
    os.utime(path, (when, when))


def test_writing_an_entry_removes_the_stale_ones_and_nothing_else(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("XXGK_LINT_CACHE_DIR", str(folder))
    folder.mkdir()
    stale = folder / f"declaration-{'a' * 32}.json"
    recent = folder / f"kinds-{'b' * 32}.json"
    abandoned = folder / ".xxgk-lint-abc123.tmp"
    writing = folder / ".xxgk-lint-def456.tmp"
    other = folder / "notes.json"  # the folder may be one the user chose: what is not ours stays
    for path in (stale, recent, abandoned, writing, other):
        path.write_text("{}", encoding="utf-8")
    for path, days in ((stale, disk_cache.STALE_DAYS + 1), (recent, disk_cache.STALE_DAYS - 1), (other, 400)):
        _aged(path, days)
    _aged(abandoned, 1)
    disk_cache.store("regex-" + disk_cache.key("x"), [1])
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [recent.name, writing.name, other.name, f"regex-{disk_cache.key('x')}.json"]
    )
    assert disk_cache.load("regex-" + disk_cache.key("x")) == [1]
