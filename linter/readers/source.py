"""What every reader produces: the report's text, or why there is none."""

from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from linter.core.record import Record


class Place(NamedTuple):
    """Where a line of extracted text is in the original file; 0 means "does not apply".

    A .docx paragraph sets ``paragraph``; a table row (any format) ``table`` and ``row``
    (the cell's column follows from the finding's column, see ``location.py``); a PDF
    line ``page`` and ``page_line``; an HTML line ``source_line``, the line of the
    HTML file it starts on. A Word table row sets ``cells``: for each grid column the
    number of the Word cell covering it, as a clerk counts cells along the row.
    """

    paragraph: int = 0
    table: int = 0
    row: int = 0
    page: int = 0
    page_line: int = 0
    source_line: int = 0
    cells: tuple[int, ...] = ()


class Source(Record):
    """A report's text with ``\\n`` line ends, and facts the container carried.

    ``places`` has one ``Place`` per line of ``text`` for formats whose lines are not
    the file's own lines (Word, HTML, PDF); it is empty for plain text.
    """

    path: str
    text: str
    encoding: str
    metadata: Mapping[str, str] = MappingProxyType({})
    places: tuple[Place, ...] = ()

    def lines(self) -> list[str]:
        # Not str.splitlines(): it also splits at form feeds, which pdftotext leaves
        # at page starts, and line numbers must match what editors show.
        return self.text.split("\n")


class Unreadable(Record):
    """A file that yields no text: ``reason`` is a message key of rule GK001."""

    path: str
    reason: str  # a key of checks/unreadable_input.MESSAGES
    detail: str = ""
