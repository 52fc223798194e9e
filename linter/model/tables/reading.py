"""What reading a table gives: its rows of cells, and what could not be read."""

from collections.abc import Iterable, Mapping
from functools import partial
from operator import attrgetter
from typing import NamedTuple

from linter.core.figures import Number
from linter.core.findings import Localized
from linter.core.record import Record
from linter.core.spans import Span
from linter.model.line_names import LineNames
from linter.parse.lines import Cell, Line


class Row(NamedTuple):
    key: str
    name: Localized
    cells: Mapping[str, Cell]  # by column key, in the columns' order

    @staticmethod
    def of(key: str, name: Localized, columns: Iterable[str], cells: Iterable[Cell]) -> "Row":
        return _new_row((key, name, dict(zip(columns, cells))))

    @property
    def span(self) -> Span:
        cells = list(self.cells.values())
        first, last = cells[0].span, cells[-1].span
        return Span(first.line, first.column, last.end_line, last.end_column)

    def cell(self, column: str) -> Cell | None:
        return self.cells.get(column)


_new_row = partial(tuple.__new__, Row)  # from its fields: a Row per row of every table

_kind = attrgetter("kind")
_VALUED = frozenset({"number", "placeholder"})  # the kinds of cells that have a value (see ``value``)
_VALUED_SURE = _VALUED | {"blank"}  # the same where the reading is sure


class Problem(Record):
    """Something in a table that was not understood, said in both languages."""

    span: Span
    what: Localized
    unsettling: bool = True  # whether it casts doubt on the reading of the rest of the table
    lines: tuple[int, ...] = ()  # the lines it was found on, named before ``what`` when said

    def said(self, names: LineNames) -> Localized:
        """``what``, after where: the lines named as ``names`` names them."""
        if not self.lines:
            return self.what
        where = names.name(self.lines)
        return Localized(f"{where.zh}{self.what.zh}", f"{where.en}: {self.what.en}")


class Signal(Record):
    """A sign of the format version the table was made on: a label only it has."""

    version: str
    what: Localized
    span: Span


class TableReading(Record):
    name: str
    title: Localized
    caption: Localized
    span: Span  # where the table was first seen
    rows: Mapping[str, Row]
    problems: tuple[Problem, ...] = ()
    # Whether the table was read without doubt about which figure belongs where (see
    # ``settled``). Only then does a blank count as 0: in a table a converter
    # scrambled, a blank may be a lost figure.
    confident: bool = True
    signals: tuple[Signal, ...] = ()
    version: str | None = None  # the format whose columns were read (表二)
    exempt: frozenset[str] = frozenset()  # rows where blanks and '/' are normal

    def value(self, row: str, column: str) -> Number | None:
        """The figure in a cell; blanks and '/' '-' as 0 where the reading is sure; None
        where there is no such cell, or it holds no number."""
        found = self.rows.get(row)
        cell = found.cell(column) if found else None
        if cell is None or cell.kind == "text":
            return None
        if cell.kind == "number":
            return cell.value
        if cell.kind == "placeholder" or self.confident:
            return 0
        return None

    def values(self) -> dict[tuple[str, str], Number]:
        """Every cell that has a value (see ``value``), by (row, column)."""
        return {(key, column): value for key, row in self.values_by_row().items() for column, value in row.items()}

    def valued_kinds(self) -> frozenset[str]:
        """The kinds of cells that have a value (see ``value``) in this table."""
        return _VALUED_SURE if self.confident else _VALUED

    def values_by_row(self) -> dict[str, dict[str, Number]]:
        """Every cell that has a value (see ``value``): by row, then by column."""
        valued = self.valued_kinds()
        return {
            key: {
                column: cell.value if cell.kind == "number" else 0
                for column, cell in row.cells.items()
                if cell.kind in valued
            }
            for key, row in self.rows.items()
        }

    def cells(self) -> list[tuple[Row, str, Cell]]:
        """Every cell, row by row: each with its row and its column."""
        return [(row, column, cell) for row in self.rows.values() for column, cell in row.cells.items()]

    def empties(self) -> list[tuple[Row, str, Cell]]:
        """Blank and '/' cells where a count belongs, read as 0 (where the reading is sure)."""
        zero_blanks = self.confident
        return [
            (row, column, cell)
            for row in self.rows.values()
            if row.key not in self.exempt
            for column, cell in row.cells.items()
            if cell.kind == "placeholder" or (zero_blanks and cell.kind == "blank")
        ]


def settled(problems: Iterable[Problem]) -> bool:
    """Whether none of the problems casts doubt on the rest of the table."""
    return not any(p.unsettling for p in problems)


def line_problem(line: Line, zh: str, en: str, unsettling: bool = True) -> Problem:
    return lines_problem([line], zh, en, unsettling)


def lines_problem(lines: list[Line], zh: str, en: str, unsettling: bool = True) -> Problem:
    """One problem found on one line or several: said as ``第105、116行…``."""
    return Problem(lines[0].span, Localized(zh, en), unsettling, tuple(line.number for line in lines))


def count_problem(line: Line, name: Localized, expected: int) -> Problem:
    found = len(line.figures)
    return line_problem(
        line,
        f"“{name.zh}”有{found}个数（应为{expected}个）",
        f"“{name.en}” has {found} figures ({expected} expected)",
        unsettling=False,
    )


def text_problems(line: Line, row: Row) -> list[Problem]:
    """A problem for each cell of the row that holds words, not a figure."""
    if "text" not in map(_kind, row.cells.values()):  # most rows: none (a scan at C speed)
        return []
    return [
        line_problem(
            line, f"“{row.name.zh}”的“{cell.text}”不是数字", f"“{cell.text}” in “{row.name.en}” is not a number", False
        )
        for cell in row.cells.values()
        if cell.kind == "text"
    ]


def rows_problem(span: Span, names: list[Localized], zh: str, en: str) -> Problem:
    """Rows named in one problem: ``zh`` and ``en`` have a ``{}`` for the list of names."""
    return Problem(
        span,
        Localized(zh.format("、".join(f"“{n.zh}”" for n in names)), en.format(", ".join(f"“{n.en}”" for n in names))),
        unsettling=False,
    )
