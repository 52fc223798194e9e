"""HTML-style comments ``<!-- … -->`` in a line of text, found in linear time.

A regular expression such as ``<!--.*?-->`` tries every ``<!--`` against the rest of
the line, which is quadratic when a line holds thousands of them and no ``-->``.
"""

from __future__ import annotations

from collections.abc import Iterator

OPEN = "<!--"
CLOSE = "-->"


def comments(line: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each comment in ``line``, ``end`` exclusive, left to right."""
    start = line.find(OPEN)
    while start >= 0:
        close = line.find(CLOSE, start + len(OPEN))
        if close < 0:
            return  # no comment closes after this one: none after it does either
        end = close + len(CLOSE)
        yield start, end
        start = line.find(OPEN, end)


def blank_comments(line: str) -> str:
    """``line`` with each comment replaced by as many spaces: the columns stay put."""
    parts = []
    done = 0
    for start, end in comments(line):
        parts += [line[done:start], " " * (end - start)]
        done = end
    return "".join(parts) + line[done:] if parts else line
