"""No file in a writable place is ever unpickled: a planted pickle runs no code."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys

from linter.core import cache as disk_cache
from linter.core.resources import GRAMMAR_FILE

from .helpers import CLEAN


class _Planted:
    def __init__(self, marker: str):
        self.marker = marker

    def __reduce__(self):
        return (open, (self.marker, "w"))  # unpickling it creates the marker file


def test_a_pickle_planted_where_the_grammar_cache_was_is_never_loaded(tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    marker = tmp_path / "pwned"
    payload = b"0\n" + pickle.dumps(_Planted(str(marker)))  # as Lark wrote it: a hash line, then the pickle
    old_name = "parser-" + disk_cache.key(GRAMMAR_FILE.read_bytes()) + ".lark"  # where the old code looked
    for name in (old_name, "parser.lark", "grammar.pickle"):
        (cache / name).write_bytes(payload)
    environment = {**os.environ, "XXGK_LINT_CACHE_DIR": str(cache)}
    for _ in range(2):  # the first run fills the cache, the second reads it
        result = subprocess.run(
            [sys.executable, "-m", "linter", "check", str(CLEAN)], env=environment, capture_output=True, text=True
        )
        assert result.returncode == 0, result.stderr
    assert not marker.exists()
    assert {p.suffix for p in cache.iterdir() if p.name not in (old_name, "parser.lark", "grammar.pickle")} <= {".json"}
