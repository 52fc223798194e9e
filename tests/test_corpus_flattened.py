"""Every corpus report flattened into one line, as a crawler dumps a page (lines joined
with nothing between them, or a space): no section, numbering or table finding that the
report's own lines do not give."""

from collections import Counter
from functools import cache

import pytest

from linter import readers

from .helpers import CORPUS, linter, needs_corpus

pytestmark = needs_corpus

RULES = ("GK101", "GK103", "GK201")
NAMES = sorted(p.name for p in CORPUS.glob("*") if p.suffix in (".txt", ".html", ".pdf")) if CORPUS.is_dir() else []


@cache
def text_of(name: str) -> str:
    return readers.read(CORPUS / name).text


def counts(text: str) -> Counter[str]:
    return Counter(f.rule for f in linter(RULES).lint_text(text, "page.txt"))


@pytest.mark.parametrize("separator", ["", " "])
@pytest.mark.parametrize("name", NAMES)
def test_flattened_report_gets_no_more_structure_findings(name, separator):
    text = text_of(name)
    flat = separator.join(text.split("\n"))
    assert "\n" not in flat
    assert counts(flat) - counts(text) == Counter()


def test_the_corpus_has_reports_to_flatten():
    assert len(NAMES) >= 10
