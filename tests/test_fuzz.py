"""The fast fuzzing profile: mutated reports through the whole pipeline, in process and
through the command line's JSON output (the long profile is bench/fuzz.py)."""

from __future__ import annotations

import json
import random
from functools import cache

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linter.cli import main

from .helpers import linter
from .mutations import base_texts, mutate, problems

FAST = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True, database=None
)


@cache
def texts() -> tuple[str, ...]:
    return tuple(base_texts())


@FAST
@given(st.randoms(use_true_random=False), st.integers(0, 1000))
def test_mutated_reports_keep_every_property(rng: random.Random, which: int):
    text = mutate(texts()[which % len(texts())], rng)
    assert problems(linter(), text) == []


@FAST
@given(st.integers(0, 1000), st.text(max_size=200), st.integers(0, 10_000))
def test_arbitrary_text_spliced_into_a_report(which: int, inserted: str, at: int):
    text = texts()[which % len(texts())]
    at %= len(text) + 1
    assert problems(linter(), text[:at] + inserted + text[at:]) == []


@settings(max_examples=10, deadline=None, derandomize=True, database=None)
@given(st.randoms(use_true_random=False), st.binary(max_size=64))
def test_mutated_files_through_the_command_line_give_valid_json(tmp_path_factory, rng: random.Random, noise: bytes):
    folder = tmp_path_factory.mktemp("fuzz")
    data = mutate(rng.choice(texts()), rng).encode("utf-8", "surrogatepass") + noise
    (folder / "report.txt").write_bytes(data)
    outputs = [CliRunner().invoke(main, ["check", "--format", "json", str(folder)]) for _ in range(2)]
    for result in outputs:
        assert result.exit_code in (0, 1), result.output
        for finding in json.loads(result.stdout):
            assert finding["line"] >= 1 and finding["column"] >= 1
            assert finding["rule"] != "GK000", finding["message"]
    assert outputs[0].stdout == outputs[1].stdout
