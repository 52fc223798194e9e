"""Checking a table's identities (勾稽关系), and which cell a failure most likely is.

An identity is checked in every row or column where all its cells were read; where
one is missing or unreadable it is skipped (GK202 says what was not read). A failing
identity names the cells it adds up. One wrong cell makes every equation it is in
fail, and no other: so the cell most likely wrong is the one in the most failing
equations, then in the fewest that hold (a wrong part fails its row and its column,
a wrong total its row, its column and the balance). On a tie the total is blamed.
"""

from collections import Counter
from collections.abc import Iterator, Mapping
from functools import partial
from typing import NamedTuple

from linter.core.figures import Number
from linter.core.findings import Localized
from linter.core.record import Record
from linter.core.spans import Span
from linter.format.tables import GridDef, Identity
from linter.model.tables.reading import TableReading
from linter.parse.lines import Cell

Place = tuple[str, str]  # (row, column) of a cell


class Term(NamedTuple):
    name: Localized
    value: Number
    places: tuple[Place, ...]
    cells: tuple[Cell, ...]


class Failure(Record):
    identity: Identity
    along: Localized  # the row or column it was checked in: “列“总计”” / “（七）总计”行”
    left: tuple[Term, ...]
    right: tuple[Term, ...]

    @property
    def cells(self) -> Iterator[tuple[Place, Cell, bool]]:
        """Every cell it adds up, and whether it is on the total's side."""
        for terms, total in ((self.left, False), (self.right, True)):
            for term in terms:
                for place, cell in zip(term.places, term.cells):
                    yield place, cell, total


def failing(failed: list[Failure]) -> Counter[Place]:
    """How many of the failing equations each cell is in."""
    return Counter(place for failure in failed for place, _, _ in failure.cells)


def blame(failure: Failure, failing: Counter[Place], held: Counter[Place]) -> Span:
    """Where the cell most likely wrong is (see the module's docstring), given how many
    failing and holding equations each cell is in. Where several parts are as likely,
    the total: the parts are all in the message."""
    cells = list(failure.cells)
    score = {place: (failing[place], -held[place]) for place, _, _ in cells}
    best = max(score.values())
    likeliest = [(cell, total) for place, cell, total in cells if score[place] == best]
    if len(likeliest) == 1:
        return likeliest[0][0].span
    return next((cell for cell, total in likeliest if total), next(cell for _, cell, total in cells if total)).span


def sides(failure: Failure) -> tuple[Localized, Localized]:
    """Both sides, as the message shows them: ``自然人 6 + 商业企业 0 = 6`` and ``总计 7``."""
    return shown(failure.left), shown(failure.right)


def shown(terms: tuple[Term, ...]) -> Localized:
    return Localized(_side(terms, "zh"), _side(terms, "en"))


def _side(terms: tuple[Term, ...], lang: str) -> str:
    text = " + ".join(f"{t.name.get(lang)} {figure(t.value)}" for t in terms)
    return f"{text} = {figure(sum(t.value for t in terms))}" if len(terms) > 1 else text


def figure(value: Number | float) -> str:
    """A figure as a reader expects it: ``6``, ``2167.0875``."""
    if isinstance(value, int):
        return str(value)
    from decimal import Decimal  # imported here: most reports have no figure with decimals

    value = Decimal(str(value))
    return str(int(value)) if is_whole(value) else str(value.normalize())


def is_whole(value: Number) -> bool:
    return isinstance(value, int) or value == value.to_integral_value()


class Equation(NamedTuple):
    """One equation of an identity that holds, along a row or a column: its cells are
    named only when a failure elsewhere needs them (see ``places``)."""

    per_row: bool
    along: str
    left: tuple[str, ...]  # what each side adds up along it (``Evaluator._added``)
    right: tuple[str, ...]

    @property
    def places(self) -> list[Place]:
        keys = (*self.left, *self.right)
        return [(self.along, key) for key in keys] if self.per_row else [(key, self.along) for key in keys]


_new_equation = partial(tuple.__new__, Equation)  # from its fields: tens a table


class Evaluator:
    """Identities over one table: sums first (plain numbers), terms with names and cells
    only for the equations that fail."""

    def __init__(self, table: TableReading, grid: GridDef):
        self.table, self.grid = table, grid
        self.by_row = table.values_by_row()
        self._by_column: dict[str, dict[str, Number]] | None = None
        # A group stands for its items where the report gives any of them.
        self.items = {
            key: spec.items
            for key, spec in grid.rows.items()
            if spec.items and any(i in table.rows for i in spec.items)
        }

    def evaluate(self, identity: Identity) -> tuple[list[Failure], list[Equation]]:
        """Where the identity fails, and every equation of it that holds (each
        equation's sums computed once)."""
        failures: list[Failure] = []
        holding: list[Equation] = []
        per_row = identity.per == "row"
        lines = self.by_row if per_row else self.by_column()  # the values along each row or column
        sides = [
            (left, right, own_row, self._added(identity, left, False), self._added(identity, right, own_row))
            for left, right, own_row in self._equations(identity)
        ]
        for along in self._alongs(identity):
            values = lines.get(along, {})
            for left, right, own_row, left_added, right_added in sides:
                # The total first: where a table has no total row (a group shown without
                # its own), its equations are skipped without adding up the parts.
                right_sum = _total(values, right_added)
                if right_sum is None or (left_sum := _total(values, left_added)) is None:
                    continue
                if left_sum != right_sum:
                    failures.append(
                        Failure(
                            identity,
                            self._along_name(identity, along),
                            self._terms(identity, along, left, False),
                            self._terms(identity, along, right, own_row),
                        )
                    )
                    continue
                holding.append(_new_equation((per_row, along, left_added, right_added)))
        return failures, holding

    def by_column(self) -> dict[str, dict[str, Number]]:
        """The values by column, then by row (made once, for the first column identity)."""
        if self._by_column is None:
            self._by_column = {}
            for row, values in self.by_row.items():
                for column, value in values.items():
                    self._by_column.setdefault(column, {})[row] = value
        return self._by_column

    def _added(self, identity: Identity, keys: tuple[str, ...], own_row: bool) -> tuple[str, ...]:
        """What a side of the identity adds up along each row or column: the columns
        ``keys`` of a row's identity; the rows of a column's, a group's items in place of
        the group where the report gives them (unless the group's own row is meant)."""
        if identity.per == "row" or own_row:
            return keys
        return tuple(row for key in keys for row in self.items.get(key, (key,)))

    def _alongs(self, identity: Identity) -> list[str]:
        """The rows (of the table) or the columns an identity is checked in."""
        if identity.per == "row":
            return [key for key in self.grid.rows if key in self.table.rows]
        return list(self.grid.columns)

    def _along_name(self, identity: Identity, along: str) -> Localized:
        """The row or column a failure is in, as messages name it."""
        if identity.per == "row":
            named = self.grid.row(along).name
            name = Localized(f"“{named.zh}”行", f"row “{named.en}”")
        else:
            named = self.grid.column(along).name
            name = Localized(f"列“{named.zh}”", f"column “{named.en}”")
        if identity.title and len(self.grid.rows) == 1:
            return identity.title
        if identity.title:
            return Localized(f"{identity.title.zh}，{name.zh}", f"{identity.title.en}, {name.en}")
        return name

    def _equations(self, identity: Identity) -> list[tuple[tuple[str, ...], tuple[str, ...], bool]]:
        """(left keys, right keys, whether the right side is a group's own row)."""
        if identity.groups:
            return [(self.grid.row(key).items, (key,), True) for key in identity.groups]
        return [(identity.sum, identity.equals, False)]

    def _parts(self, identity: Identity, along: str, key: str, own_row: bool) -> list[tuple[str, str]]:
        """The cells a term adds up: (row, column) pairs."""
        if identity.per == "row":
            return [(along, key)]
        return [(row, along) for row in self._added(identity, (key,), own_row)]

    def _terms(self, identity: Identity, along: str, keys: tuple[str, ...], own_row: bool) -> tuple[Term, ...]:
        terms = []
        for key in keys:
            parts = self._parts(identity, along, key, own_row)
            if identity.per == "row":
                column = self.grid.column(key)
                name = column.short or column.name
            else:
                name = self.grid.row(key).name
            cells = tuple(self.table.rows[row].cell(column) for row, column in parts)
            terms.append(Term(name, sum(self.by_row[row][column] for row, column in parts), tuple(parts), cells))
        return tuple(terms)


def _total(values: Mapping[str, Number], keys: tuple[str, ...]) -> Number | None:
    """The sum of the values of ``keys`` (along one row or column); None where one has none."""
    total: Number = 0
    for key in keys:
        value = values.get(key)
        if value is None:
            return None
        total += value
    return total
