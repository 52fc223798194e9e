"""Check kinds are imported when their rules run, and a rule file validated once is not
validated again: what it loads to is the same, and a broken file is refused every time."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from click.testing import CliRunner

from linter.cli import main
from linter.core import cache as disk_cache
from linter.core.resources import RULES_DIR
from linter.rules.declarations import load_rules
from linter.rules.kinds import FAMILIES, KINDS
from linter.rules.kinds import index as kind_index

from .helpers import CLEAN, FORMAT
from .test_ruleset import GOOD, pack, rules


def _loaded(folders) -> dict[str, tuple]:
    return {r.id: (r.check, r.stage, r.fixable, r.config, r.messages) for r in load_rules(folders, FORMAT).rules}


def test_rules_from_the_cache_are_the_rules_validated_afresh(tmp_path, monkeypatch):
    monkeypatch.setenv("XXGK_LINT_CACHE_DIR", str(tmp_path))
    first = _loaded([RULES_DIR])  # validated, and cached
    assert list(tmp_path.glob("declaration-*.json"))
    again = _loaded([RULES_DIR])  # from the cache: prepared when asked
    monkeypatch.setenv("XXGK_LINT_NO_CACHE", "1")
    fresh = _loaded([RULES_DIR])
    assert first == again == fresh


def test_the_kind_index_from_the_cache_is_the_one_the_modules_give(tmp_path, monkeypatch):
    monkeypatch.setenv("XXGK_LINT_CACHE_DIR", str(tmp_path))
    package = "linter.rules.kinds"
    built = kind_index.kind_index(package, FAMILIES)
    (entry,) = tmp_path.glob("kinds-*.json")
    assert kind_index.kind_index(package, FAMILIES) == built == kind_index._imported(package, FAMILIES)
    assert set(built) == set(KINDS)
    for name, info in built.items():
        module = KINDS[name]
        assert info.module == module.__name__ and info.stage == getattr(module, "STAGE", "model")
        assert info.fixable == getattr(module, "FIXABLE", False)


def test_a_damaged_kind_index_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("XXGK_LINT_CACHE_DIR", str(tmp_path))
    package = "linter.rules.kinds"
    built = kind_index.kind_index(package, FAMILIES)
    (entry,) = tmp_path.glob("kinds-*.json")
    stored = json.loads(entry.read_text(encoding="utf-8"))
    planted = {name: ["os", *rest] for name, (_, *rest) in stored.items()}  # a module outside the kinds
    for damaged in ({"x": [1, 2]}, {"x": [1, 2, 3, 4]}, ["not", "a", "mapping"], planted):
        entry.write_text(json.dumps(damaged), encoding="utf-8")
        assert kind_index.kind_index(package, FAMILIES) == built


def test_the_code_stamp_changes_with_a_source_file(tmp_path):
    (tmp_path / "inner").mkdir()
    source = tmp_path / "inner" / "kind.py"
    source.write_text("KIND = 'a'\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not code", encoding="utf-8")
    before: list[str] = []
    kind_index._stamp_into(str(tmp_path), before)
    assert len(before) == 1
    source.write_text("KIND = 'ab'\n", encoding="utf-8")
    after: list[str] = []
    kind_index._stamp_into(str(tmp_path), after)
    assert disk_cache.key(*before) != disk_cache.key(*after)


def test_a_pack_a_kind_refuses_is_refused_at_every_load(tmp_path):
    folder = tmp_path / "pack"
    folder.mkdir()
    bad = GOOD.format(id="JS101", name="a").replace("pattern: 某某", "pattern: '(a+)+'")
    pack(folder, rules(bad))
    environment = {**os.environ, "XXGK_LINT_CACHE_DIR": str(tmp_path / "cache")}
    command = [sys.executable, "-m", "linter", "check", "--rules", str(folder), str(CLEAN)]
    for _ in range(2):
        run = subprocess.run(command, env=environment, capture_output=True, text=True)
        assert run.returncode == 2, run.stderr
        assert "pack.yaml: rule 1 (JS101): 'params':" in run.stderr and "Traceback" not in run.stderr


def test_a_kind_is_imported_when_its_rule_runs(tmp_path):
    script = (
        "import sys; from linter.rules.declarations import load_rules; from linter.core.resources import RULES_DIR;"
        "from linter.format.spec import load_format; from linter.core.resources import FORMAT_FILE;"
        "rules = load_rules([RULES_DIR], load_format(FORMAT_FILE)).rules;"
        "print(int('linter.rules.kinds.compare.continuity' in sys.modules), [r.stage for r in rules].count('compare'))"
    )
    environment = {**os.environ, "XXGK_LINT_CACHE_DIR": str(tmp_path)}
    runs = [subprocess.run([sys.executable, "-c", script], env=environment, capture_output=True, text=True)]
    runs.append(subprocess.run([sys.executable, "-c", script], env=environment, capture_output=True, text=True))
    imported, compare_rules = zip(*(run.stdout.split() for run in runs), strict=True)
    assert imported == ("1", "0")  # validated afresh: every kind; from the cache: none yet
    assert int(compare_rules[1]) > 0


def test_a_pack_loaded_from_the_cache_still_finds(tmp_path):
    folder = tmp_path / "pack"
    folder.mkdir()
    pack(folder, rules(GOOD.format(id="JS101", name="a")))
    text = CLEAN.read_text(encoding="utf-8") + "\n某某\n"
    (tmp_path / "r.txt").write_text(text, encoding="utf-8")
    runs = [
        CliRunner().invoke(main, ["check", "--format", "json", "--rules", str(folder), str(tmp_path / "r.txt")])
        for _ in range(2)
    ]
    found = [[f["rule"] for f in json.loads(run.stdout)] for run in runs]
    assert found[0] == found[1] and "JS101" in found[0]
