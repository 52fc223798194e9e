"""Text that used to take super-linear time, or crash, on paths every file goes through.

The times are generous bounds (each case used to take seconds to minutes); what the
code costs is measured in bench/, not here.
"""

from __future__ import annotations

import time

import pytest

from linter.core.comments import blank_comments, comments
from linter.core.normalize import chinese_numeral

from .helpers import clean_report, findings, linter

BOUND = 5.0  # seconds


def lint_fast(text: str, bound: float = BOUND) -> list:
    """Findings of ``text``, which must take less than ``bound`` seconds of CPU time (not
    wall time: the test machines are shared)."""
    start = time.process_time()
    found = linter().lint_text(text, "report.txt")
    assert time.process_time() - start < bound
    return found


@pytest.mark.parametrize(
    ("tail", "bound"),
    [
        pytest.param("<!-- xxgk-lint: " + " " * 4000, BOUND, id="open-directive"),  # the directive pattern was cubic
        pytest.param("<!--" * 20000, BOUND, id="many-comment-openers"),  # the lexer's comment pattern: quadratic
        pytest.param("<!-- xxgk-lint: disable-next-line GK104 -->\n" * 5000, BOUND, id="many-disable-next-line"),
        pytest.param("一、总体情况\n" * 70000, 30.0, id="many-headings"),  # 235 s before; ~8 s on 2 cores now
        pytest.param("。一、总体情况" * 20000, BOUND, id="one-long-line"),
    ],
)
def test_hostile_text_is_linted_in_bounded_time(tail, bound):
    lint_fast(clean_report() + tail, bound)


def test_disable_next_line_skips_directive_lines_to_the_next_text():
    directive = "<!-- xxgk-lint: disable-next-line GK104 -->\n"
    text = "某某县教育局2023年政府信息公开工作年度报告\n" + directive * 2 + "一、总体\n"
    assert not findings(text, "GK104")
    assert findings(text.replace(directive * 2, directive + "x\n"), "GK104")


def test_comments_are_found_and_blanked_with_columns_kept():
    line = "a<!-- b -->c<!--d-->e<!-- open"
    assert list(comments(line)) == [(1, 11), (12, 20)]
    assert blank_comments(line) == "a" + " " * 10 + "c" + " " * 8 + "e<!-- open"


def test_heading_ninety_nine_then_another_is_a_numbering_finding():
    text = clean_report() + "九十九、其他\n九十九、其他\n"
    assert any(f.rule == "GK103" for f in lint_fast(text))


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (9, "九"),
        (10, "十"),
        (99, "九十九"),
        (100, "一百"),
        (105, "一百零五"),
        (110, "一百一十"),
        (999, "九百九十九"),
        (1000, "1000"),
    ],
)
def test_chinese_numerals_beyond_ninety_nine(value, written):
    assert chinese_numeral(value) == written


def test_a_figure_of_thousands_of_digits_is_text_not_a_crash():
    text = clean_report() + "\n" + "1" * 5000 + " " + "2" * 4400 + "\n"
    lint_fast(text)


def test_a_lone_surrogate_through_the_api():
    for text in ("\ud800" + clean_report(), clean_report().replace("一、总体情况", "一、总体\udcff情况")):
        found = lint_fast(text)
        assert all(f.fingerprint for f in found)
