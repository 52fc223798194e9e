"""``xxgk-lint parse --text``: the text a reader extracted, as findings number its lines.

``   12: text`` a line, followed by `` [location]`` for Word, HTML and PDF input (table
rows as a whole: ``[表格 2 第 5 行]``). Table cells stay separated by tabs.
"""

from __future__ import annotations

from linter.readers.location import describe
from linter.readers.source import Source


def render(source: Source, lang: str) -> str:
    lines = source.lines()
    if lines and lines[-1] == "":
        lines.pop()
    places = source.places
    return "".join(
        f"{number:>5}: {line}"
        + (f"  [{describe(places[number - 1], 0, lang)}]" if number <= len(places) else "")
        + "\n"
        for number, line in enumerate(lines, 1)
    )
