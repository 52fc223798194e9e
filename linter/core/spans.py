"""Where text is: 1-based spans, and fragments of one physical line.

Columns count characters (code points), not bytes; an end column is the column of the
last character (inclusive), as in the JSON contract."""

from functools import partial

from linter.core.records import NamedTuple


class Span(NamedTuple):
    line: int
    column: int
    end_line: int
    end_column: int

    def to_json(self) -> dict[str, int]:
        return self._asdict()

    @staticmethod
    def cover(first: "Span", last: "Span") -> "Span":
        return _span((first.line, first.column, last.end_line, last.end_column))


class Fragment(NamedTuple):
    """A piece of one physical line: its text, the column it starts at, and the text
    folded (full-width ASCII to half-width, see ``width.fold``), which is what rules match."""

    line: int
    column: int
    text: str
    folded: str

    @property
    def span(self) -> Span:
        return _span((self.line, self.column, self.line, self.column + max(len(self.text), 1) - 1))


# Constructors from a tuple of all the fields, for the paths that make a value per cell or
# per line: no Python-level ``__new__`` call, half the cost of calling the class.
_span = partial(tuple.__new__, Span)
make_fragment = partial(tuple.__new__, Fragment)


def fragments_span(fragments: tuple[Fragment, ...]) -> Span:
    return Span.cover(fragments[0].span, fragments[-1].span)
