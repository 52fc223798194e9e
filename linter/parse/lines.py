"""The one reading of a physical line as table material: its label words, then its figures.

Tables arrive as tab- or pipe-separated cells (empty cells kept), as columns laid out
with spaces, or as plain lines of text when a converter lost the layout. Whatever
the layout, a line reads as labels followed by figures: ``（三）不予公开 | 1.属于国家
秘密 | 0 | 1 | …``. Each figure keeps where it stands in the text. The lexer reads
every line of a row, a paragraph or an item once, with ``read`` (``read_split`` for a
row of tab- or pipe-separated cells: cut and read in one pass), and the AST node carries
the reading; the tables consume it.
"""

import re
from functools import lru_cache, partial
from typing import Literal, NamedTuple

from linter.core.figures import FIGURE_START, MAX_DIGITS, PLACEHOLDERS, UNITS, Number, count, parse_number, unspaced
from linter.core.spans import Fragment, Span, make_fragment, make_span

Kind = Literal["number", "blank", "placeholder", "text"]

_WORD = re.compile(r"\S+")
# What a figure or a placeholder may end with besides a digit: a unit's last character, a placeholder's.
_FIGURE_END = frozenset(unit[-1] for unit in UNITS) | frozenset(p[-1] for p in PLACEHOLDERS)
_SENTENCE = re.compile(r"[，。；,;]")
_NUMBERING_START = frozenset("一二三四五六七八九十(0123456789") | {chr(c) for c in range(0x2460, 0x2474)}
_NUMBERING = re.compile(
    r"(?:[一二三四五六七八九十]{1,3}[、.,]|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、](?!\d)|\(\d{1,2}\)|[\u2460-\u2473])+"
)


class Cell(NamedTuple):
    """A place where a figure belongs, what it says, and where it stands: the fields of
    its ``Fragment`` (so that a table row's cells can be cells and fragments alike), then
    its value and kind."""

    line: int
    column: int
    text: str
    folded: str
    value: Number | None  # None when blank, a placeholder or not a number
    kind: Kind

    span = Fragment.span  # the same fields at the same places: its fragment's span

    @property
    def fragment(self) -> Fragment:
        return make_fragment(self[:4])


_new_cell = partial(tuple.__new__, Cell)  # a Cell from its fields, per figure: see ``spans.make_fragment``


class Line(NamedTuple):
    """One physical line: its label words, then its figures (the cells from the first
    number or placeholder on, blanks between them kept). A line of a sentence (see
    ``narrative``) has no figures: its numbers are the running text's, not cells."""

    number: int
    labels: tuple[Fragment, ...]
    figures: tuple[Cell, ...]
    lead: tuple[Cell, ...]  # blank cells between the labels and the first figure
    trail: tuple[Cell, ...]  # blank cells after the last figure
    tabular: bool  # a row the lexer recognised, not a line of text
    label: str  # the label words, squeezed
    label_pieces: tuple[str, ...]  # the label and each of its cells or words, squeezed, numbering stripped

    @property
    def narrative(self) -> bool:
        """A line of a sentence rather than of a table (whose labels have no ， or 。)."""
        return not self.tabular and _SENTENCE.search(self.label) is not None

    @property
    def span(self) -> Span:
        parts = [*self.labels, *self.figures] or [*self.lead, *self.trail]
        if not parts:
            return make_span((self.number, 1, self.number, 1))
        first, last = parts[0].span, parts[-1].span
        return make_span((first.line, first.column, last.end_line, last.end_column))

    def fit(self, count: int) -> tuple[Cell, ...] | None:
        """Exactly ``count`` cells: the figures, with the blank cells before or after them
        that complete the row where only one way of taking them does (a shifted row
        leaves a blank between label and figures; a blank last cell is a cell)."""
        if len(self.figures) == count:
            return self.figures
        ways = [
            (*self.lead[len(self.lead) - before :], *self.figures, *self.trail[:after])
            for before in range(len(self.lead) + 1)
            for after in range(len(self.trail) + 1)
            if before + len(self.figures) + after == count
        ]
        return ways[0] if len(ways) == 1 else None


_new_line = partial(tuple.__new__, Line)  # a Line from its fields, once per line read


def bare(squeezed: str) -> str:
    """A label without the numbering before it: ``(三)1.属于国家秘密`` → ``属于国家秘密``."""
    if not squeezed or squeezed[0] not in _NUMBERING_START:
        return squeezed
    match = _NUMBERING.match(squeezed)
    return squeezed[match.end() :] if match else squeezed


def read(number: int, cells: tuple[Fragment, ...], keeps_blanks: bool, tabular: bool) -> Line:
    """The reading of line ``number`` from its cells (one cell for a line of text)."""
    if len(cells) == 1 and not tabular:  # most lines: one run of text, a label whole
        folded = cells[0].folded
        if (
            folded
            and " " not in folded
            and "\t" not in folded
            and (folded[0] not in FIGURE_START or _cell(cells[0]) is None)  # ``2023年，…`` is no figure
        ):
            return _new_line((number, cells, (), (), (), False, folded, (bare(folded),)))
    labels: list[Fragment] = []
    figures: list[Cell] = []  # from the first figure on
    lead: list[Cell] = []  # blanks after the labels, before the first figure
    for cell in cells:
        folded = cell.folded
        if folded.isdecimal() and folded[0] in FIGURE_START and len(folded) <= MAX_DIGITS:
            figures.append(_new_cell((*cell, int(folded), "number")))  # most cells: a plain count (see ``count``)
        else:
            _take(cell, labels, figures, lead, keeps_blanks, tabular)
    return _finish(number, labels, figures, lead, tabular)


def read_split(
    line: int, column: int, text: str, folded: str, separator: str, start: int, end: int
) -> tuple[tuple[Fragment | Cell, ...], Line]:
    """The cells between separators in ``folded[start:end]`` (of a line whose text starts
    at ``column``), empty ones included, each without surrounding whitespace (an empty
    cell stands where it starts); and their reading, blanks kept. One pass: a table's
    cells are cut and read together (a figure's or a blank's cell is its ``Cell``)."""
    cells: list[Fragment | Cell] = []
    labels: list[Fragment] = []
    figures: list[Cell] = []
    lead: list[Cell] = []
    same = text is folded  # nothing folded (``width.fold`` gives the text itself): a cell's text is its folded text
    counts, new = _COUNTS, tuple.__new__
    for part in folded[start:end].split(separator):
        size = len(part)
        value = counts.get(part)
        if value is not None or (part.isdecimal() and size <= MAX_DIGITS and part[0] in FIGURE_START):
            if value is None:  # most cells are plain counts, and most of them met before
                value = _count(part)
            cell = new(
                Cell, (line, column + start, part if same else text[start : start + size], part, value, "number")
            )
            figures.append(cell)
        elif not (stripped := part.strip()):  # an empty cell: a blank where a figure may belong
            cell = _new_cell((line, column + start, "", "", None, "blank"))
            (figures if figures else lead).append(cell)
        else:
            if (kept := len(stripped)) == size:  # nothing to strip
                cell = make_fragment((line, column + start, part if same else text[start : start + size], part))
            else:
                left = start + size - len(part.lstrip())
                cell = make_fragment((line, column + left, text[left : left + kept], stripped))
            if stripped.isdecimal() and stripped[0] in FIGURE_START and kept <= MAX_DIGITS:  # a count, spaced
                cell = _new_cell((*cell, int(stripped), "number"))
                figures.append(cell)
            elif (
                not figures
                and " " not in stripped
                and "\t" not in stripped
                and (
                    stripped[0] not in FIGURE_START  # ``1.属于国家秘密`` starts like a figure but cannot be one
                    or not (stripped[-1].isdecimal() or stripped[-1] in _FIGURE_END)
                )
            ):
                labels.append(cell)  # a label cell (see ``_add_word``)
                lead.clear()
            else:
                _take(cell, labels, figures, lead, True, True)
        cells.append(cell)
        start += size + 1
    return tuple(cells), _finish(line, labels, figures, lead, True)


_COUNTS: dict[str, int] = {}  # the short plain counts met so far, by their text: converted once, not once a cell
_COUNTED_DIGITS = 4  # at most 11,110 of them (``0`` to ``9999``, and their zero-padded forms)


def _count(part: str) -> int:
    """A plain count's value (``part`` is decimal digits), kept in ``_COUNTS`` when short."""
    value = int(part)
    if len(part) <= _COUNTED_DIGITS and part.isascii():  # other scripts' digits would make too many
        _COUNTS[part] = value
    return value


def _take(
    cell: Fragment, labels: list[Fragment], figures: list[Cell], lead: list[Cell], keeps_blanks: bool, tabular: bool
) -> None:
    """Add a cell that is not a plain count to the labels or the figures of its line."""
    folded = cell.folded
    if not folded:
        if keeps_blanks:
            (figures if figures else lead).append(_new_cell((*cell, None, "blank")))
    elif folded[0] in FIGURE_START and (figure := _cell(cell)) is not None:
        figures.append(figure)
    elif " " not in folded and "\t" not in folded:
        _add_word(labels, figures, lead, cell)
    else:  # words in one cell: ``（六）其他处理 0 0 0`` when the layout was lost
        line, column, text = cell.line, cell.column, cell.text
        for w in _WORD.finditer(folded):
            start, end = w.span()
            word = make_fragment((line, column + start, text[start:end], folded[start:end]))
            if folded[start] in FIGURE_START and (figure := _cell(word)) is not None:
                if not figures and not tabular and _SENTENCE.search("".join(f.folded for f in labels)):
                    break  # a sentence: its figures are the running text's, not cells
                figures.append(figure)
            elif figures:
                _add_word(labels, figures, lead, word)
            else:
                labels.append(word)
                lead.clear()


def _finish(number: int, labels: list[Fragment], figures: list[Cell], lead: list[Cell], tabular: bool) -> Line:
    """The line's reading from its labels and figures: blank cells after the last figure
    set apart, the label words squeezed."""
    end = len(figures)
    while end > 0 and figures[end - 1].kind == "blank":
        end -= 1
    trail = tuple(figures[end:]) if end < len(figures) else ()
    if len(labels) == 1:
        label, pieces = _label(labels[0].folded)
    else:
        label, owns = "", []
        for fragment in labels:
            squeezed, (own,) = _label(fragment.folded)
            label += squeezed
            owns.append(own)
        pieces = (*_label(label)[1], *owns)  # the squeezed label squeezes to itself: its bare form, cached
    kept = tuple(figures[:end]) if trail else tuple(figures)
    return _new_line((number, tuple(labels), kept, tuple(lead), trail, tabular, label, pieces))


@lru_cache(maxsize=4096)  # the same labels in every report's tables: squeezed once, not once a row
def _label(folded: str) -> tuple[str, tuple[str]]:
    """A label cell's words squeezed, and that without its numbering."""
    label = unspaced(folded)
    return label, (bare(label),)


def _add_word(labels: list[Fragment], figures: list[Cell], lead: list[Cell], word: Fragment) -> None:
    """A word that is not a figure: a label before the first figure, else a unit or a cell
    that holds no number."""
    if not figures:
        labels.append(word)
        lead.clear()  # a blank before a label is the layout's, not a cell of the row
    elif not (word.folded in UNITS and figures[-1].kind == "number"):  # ``83 万元``: the figure's unit
        figures.append(_new_cell((*word, None, "text")))


def _cell(fragment: Fragment) -> Cell | None:
    """The fragment as a figure or a placeholder, or None."""
    folded = fragment.folded
    if folded[0] not in FIGURE_START:
        return None
    if folded.isdecimal():  # most cells: a plain count
        value = count(folded)
        return None if value is None else _new_cell((*fragment, value, "number"))
    folded = unspaced(folded)
    if folded in PLACEHOLDERS:
        return _new_cell((*fragment, None, "placeholder"))
    number = parse_number(folded)
    return None if number is None else _new_cell((*fragment, number, "number"))
