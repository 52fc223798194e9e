"""Compact: squeezed text, and where each of its characters came from, worked out only as
far as a position is asked for; in whatever order positions are asked, each is where the
character stands in the source."""

from linter.core.normalize import Compact
from linter.core.spans import Fragment
from linter.core.width import fold

LINES = ["一、总体情况", "  本机关 2023年  收到申请 12件。", "", "\t（一）主动 公开", "共计 7 条"]


def _compact() -> Compact:
    fragments = [Fragment(number, 1, line, fold(line)) for number, line in enumerate(LINES, 1) if line]
    return Compact.of(fragments)


def _where(index: int) -> tuple[int, int]:
    """The (line, column) of the index-th non-space character, counted in the source."""
    seen = -1
    for number, line in enumerate(LINES, 1):
        for column, char in enumerate(fold(line), 1):
            if not char.isspace():
                seen += 1
                if seen == index:
                    return number, column
    raise IndexError(index)


def test_the_text_is_the_lines_without_whitespace():
    assert _compact().text == "".join("".join(fold(line).split()) for line in LINES)


def test_each_position_is_where_its_character_stands_whatever_was_asked_before():
    size = len(_compact().text)
    for index in range(size):  # asked first, on a text nothing was asked of
        assert _compact().position(index) == _where(index), index
    for order in (range(size), reversed(range(size))):  # asked after the ones before or after it
        compact = _compact()
        for index in order:
            assert compact.position(index) == _where(index), index


def test_a_span_from_a_fresh_text_and_from_a_used_one_agree():
    used = _compact()
    used.position(len(used.text) - 1)
    found = used.text.index("12件")
    assert used.span(found, found + 3) == _compact().span(found, found + 3)
    line, column = _where(found)
    assert used.span(found, found + 3)[:2] == (line, column)
