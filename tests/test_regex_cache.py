"""Regular expressions from the cache are the ones the compiler makes, the cache settles
after one run whatever order sets iterate in, and a damaged entry changes nothing."""

from __future__ import annotations

import binascii
import json
import os
import re
import subprocess
import sys
import zlib

import pytest

from linter.core import regex_cache
from linter.core.alternation import longest_first

from .helpers import CLEAN, SAMPLES

pytestmark = pytest.mark.skipif(sys.implementation.name != "cpython", reason="the cache is CPython's compiled code")


def _check(cache, *paths, seed: str = "0") -> subprocess.CompletedProcess:
    environment = {**os.environ, "XXGK_LINT_CACHE_DIR": str(cache), "PYTHONHASHSEED": seed}
    command = [sys.executable, "-m", "linter", "check", "--format", "json", *map(str, paths)]
    return subprocess.run(command, env=environment, capture_output=True, text=True)


def _entries(cache) -> list[list]:
    (entry,) = cache.glob("regex-*.json")
    return json.loads(entry.read_text(encoding="utf-8"))


def test_a_pattern_built_from_the_cache_equals_the_compiled_one(tmp_path, monkeypatch):
    first = _check(tmp_path, CLEAN)
    assert first.returncode == 0, first.stderr
    entries = _entries(tmp_path)
    assert len(entries) > 50  # the linter's own patterns, Lark's and click's
    monkeypatch.setenv("XXGK_LINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(re, "_cache", {})
    try:
        regex_cache.seed("check")  # the entry of the check run above
        seeded = re._cache
        assert len(seeded) < len(entries)  # built when looked up, not before
        built = {(str, pattern, flags): seeded[(str, pattern, flags)] for pattern, flags, *_ in entries}
        assert len(seeded) == len(entries)
        re._cache = {}  # compiled afresh from here on
        for pattern, flags, *_ in entries:
            compiled = re.compile(pattern, flags)
            assert built[(str, pattern, flags)] == compiled  # same pattern, flags and code
            assert built[(str, pattern, flags)] is not compiled
    finally:
        regex_cache._seeded.clear()


def test_a_pattern_the_engine_refuses_is_compiled_as_usual(tmp_path, monkeypatch):
    monkeypatch.setenv("XXGK_LINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(re, "_cache", {})
    regex_cache._run[0] = "test"
    good = regex_cache._compiled("q", 0)
    broken = regex_cache._compiled("[a-c]+x", 0)
    broken[3] = _zeros(broken[3])
    planted = regex_cache._compiled("(y)", 0)
    planted[4] = 10**12  # groups: more than any pattern has
    entries = [good, broken, planted]
    (tmp_path / f"{regex_cache._entry_name()}.json").write_text(json.dumps(entries), encoding="utf-8")
    try:
        regex_cache.seed("test")
        assert isinstance(re._cache, regex_cache._SeededCache)
        assert re.fullmatch("[a-c]+x", "abcx") and not re.fullmatch("[a-c]+x", "abc")
        assert re.fullmatch("(y)", "y").group(1) == "y"
        assert re._cache[(str, "[a-c]+x", 0)] == regex_cache.re._compiler.compile("[a-c]+x", 0)
        re.purge()
        assert (str, "q", 0) not in re._cache and not re._cache._stored
    finally:
        regex_cache._seeded.clear()


def test_the_cache_is_written_once_whatever_order_sets_iterate_in(tmp_path):
    reports = sorted(SAMPLES.glob("*.txt"))
    assert _check(tmp_path, *reports, seed="1").returncode in (0, 1)
    (entry,) = tmp_path.glob("regex-*.json")
    written = entry.stat().st_mtime_ns, entry.read_bytes()
    for seed in ("2", "3"):  # other hash seeds: other orders of every set of words
        second = _check(tmp_path, *reports, seed=seed)
        assert second.returncode in (0, 1), second.stderr
    assert (entry.stat().st_mtime_ns, entry.read_bytes()) == written


def test_a_stored_pattern_no_recent_run_used_is_dropped(tmp_path, monkeypatch):
    """Patterns of a rule pack that no later run uses leave the entry after ``MAX_AGE``
    runs that wrote it; those every run uses stay."""
    monkeypatch.setenv("XXGK_LINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(re, "_cache", {})
    regex_cache._run[0] = "test"
    try:
        re.compile("old-pack")
        regex_cache.record()
        for run in range(regex_cache.MAX_AGE + 1):
            re._cache = {}
            regex_cache.seed("test")
            re.compile("every-run")
            re.compile(f"new-{run}")  # compiled afresh: the entry is written again
            regex_cache.record()
            stored = {entry[0]: entry[6] for entry in _entries(tmp_path)}
            assert stored["every-run"] == 0 and stored[f"new-{run}"] == 0
            assert ("old-pack" in stored) == (run < regex_cache.MAX_AGE)
        assert stored["new-0"] == regex_cache.MAX_AGE  # unused since, kept until now
    finally:
        regex_cache._seeded.clear()


def _zeros(packed: str) -> str:
    return regex_cache._packed([0] * len(regex_cache._unpacked(packed)))


def _bomb(packed: str) -> str:
    """Code that inflates far past any pattern's: 16 MiB of zeros."""
    return binascii.b2a_base64(zlib.compress(bytes(16 << 20)), newline=False).decode("ascii")


def _halved(packed: str) -> str:
    code = regex_cache._unpacked(packed)
    return regex_cache._packed(code[: len(code) // 2])


@pytest.mark.parametrize(
    "damage",
    [
        lambda entries: [[p, f, g, _zeros(code), *rest] for p, f, g, code, *rest in entries],
        lambda entries: [[p, f, g, _halved(code), *rest] for p, f, g, code, *rest in entries],
        lambda entries: [[p, f, g, _bomb(code), *rest] for p, f, g, code, *rest in entries[:3]],
        lambda entries: [[p, f, g, code[::-1], *rest] for p, f, g, code, *rest in entries],
        lambda entries: {"not": "a list"},
        lambda entries: [["(a)", 0, 32, [1, 2, 3], "x", {}]],
    ],
)
def test_a_damaged_entry_is_not_used(tmp_path, damage):
    expected = _check(tmp_path, CLEAN)
    (entry,) = tmp_path.glob("regex-*.json")
    entry.write_text(json.dumps(damage(_entries(tmp_path))), encoding="utf-8")
    again = _check(tmp_path, CLEAN)
    assert (again.returncode, again.stdout) == (expected.returncode, expected.stdout), again.stderr
    assert "Traceback" not in again.stderr


def test_longest_first_takes_no_order_from_its_input():
    words = ["行政许可", "规章", "行政处罚", "行政事业性收费", "户"]
    assert longest_first(words) == longest_first(reversed(words)) == longest_first(set(words))
    assert longest_first(words) == ("行政事业性收费", "行政处罚", "行政许可", "规章", "户")


def test_code_that_is_valid_but_not_the_compilers_is_not_used(tmp_path, monkeypatch):
    """A stored entry whose code the engine accepts, but which is not what this
    interpreter compiles the pattern to (another build, a planted file), is not used."""
    monkeypatch.setenv("XXGK_LINT_CACHE_DIR", str(tmp_path))
    regex_cache._run[0] = "test"
    wrong = regex_cache._compiled("qz", 0)
    wrong[0] = "zq"  # the code of "qz" stored as the code of "zq"
    other = regex_cache._compiled(r"[\u4e00-\u9fff]+年", 0)
    (tmp_path / f"{regex_cache._entry_name()}.json").write_text(json.dumps([wrong, other]), encoding="utf-8")
    monkeypatch.setattr(re, "_cache", {})
    try:
        regex_cache.seed("test")
        assert type(re._cache) is dict  # noqa: E721 - not the seeded cache
        assert (str, "zq", 0) not in re._cache and (str, other[0], 0) not in re._cache
        assert re.fullmatch("zq", "zq") and not re.fullmatch("zq", "qz")
    finally:
        regex_cache._seeded.clear()


def test_stored_code_is_not_inflated_past_its_bound():
    with pytest.raises(ValueError):
        regex_cache._unpacked(_bomb(""))
    assert regex_cache._unpacked(regex_cache._packed([1, 2, 3])) == [1, 2, 3]
