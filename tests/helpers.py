"""Test helpers: lint report text and say where a rule reported, one call per case."""

from __future__ import annotations

import datetime as dt
import os
import textwrap
from functools import cache
from pathlib import Path

import pytest

from linter.core.findings import Finding
from linter.core.resources import FORMAT_FILE
from linter.format.spec import load_format
from linter.model.report import Options, ReportModel
from linter.readers.source import Source
from linter.run.engine import Linter, Selection

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
# XXGK_LINT_CORPUS names a corpus of real reports elsewhere (with its README of what
# each holds); by default the shared one beside this checkout.
CORPUS = Path(os.environ.get("XXGK_LINT_CORPUS") or ROOT.parent / "shared" / "corpus")
CLEAN = SAMPLES / "2023-qinghe-county.txt"
FORMAT = load_format(FORMAT_FILE)  # the format the linter is built with

needs_corpus = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"no corpus of real reports at {CORPUS} (set XXGK_LINT_CORPUS to one)"
)


@cache
def linter(select: tuple[str, ...] = (), lang: str = "zh") -> Linter:
    return Linter.default(selection=Selection(select), lang=lang)


def findings(
    text: str, *select: str, year: int | None = None, published: str | None = None, lang: str = "zh"
) -> list[Finding]:
    """Lint ``text`` (dedented) with only the ``select``ed rules (all when none)."""
    options = Options(year, dt.date.fromisoformat(published) if published else None)
    return linter(tuple(select), lang).lint_text(textwrap.dedent(text), "report.txt", options)


def places(text: str, rule: str, **options) -> list[tuple[int, int]]:
    """(line, column) of each finding of ``rule`` alone on ``text``."""
    return [(f.span.line, f.span.column) for f in findings(text, rule, **options)]


def model(text: str, **options) -> ReportModel:
    return linter().model(Source("report.txt", textwrap.dedent(text), "utf-8"), Options(**options))


def clean_report() -> str:
    return CLEAN.read_text(encoding="utf-8")


def line_of(text: str, fragment: str) -> int:
    """1-based number of the first line containing ``fragment``."""
    for number, line in enumerate(text.split("\n"), 1):
        if fragment in line:
            return number
    raise AssertionError(f"{fragment!r} is not in the text")


def replace_once(text: str, old: str, new: str) -> str:
    assert text.count(old) >= 1, f"{old!r} is not in the text"
    return text.replace(old, new, 1)


def section_lines(text: str, start: str, end: str | None) -> tuple[int, int]:
    """0-based [first, last) line indexes from the line containing ``start`` to the one containing ``end``."""
    lines = text.split("\n")
    first = line_of(text, start) - 1
    last = line_of(text, end) - 1 if end else len(lines)
    return first, last


def without_section(text: str, start: str, end: str | None) -> str:
    lines = text.split("\n")
    first, last = section_lines(text, start, end)
    return "\n".join(lines[:first] + lines[last:])


def swap_sections(text: str, a: tuple[str, str], b: tuple[str, str]) -> str:
    """Swap two adjacent sections given as (start, end) markers, ``a`` before ``b``."""
    lines = text.split("\n")
    a_first, a_last = section_lines(text, *a)
    b_first, b_last = section_lines(text, *b)
    assert a_last == b_first, "the sections must be adjacent"
    return "\n".join(lines[:a_first] + lines[b_first:b_last] + lines[a_first:a_last] + lines[b_last:])
