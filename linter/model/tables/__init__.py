"""The standard tables of a report, recognised by their labels (definitions in
``rules/formats/tables.yaml``): 表二 主动公开, 表三 收到和处理申请, 表四 复议诉讼.

Each table is read from the lines of its section (or, when that section's heading
was lost, of the section its content ran into), the first time a rule asks for it.
A reading keeps every cell's place in the text, and says what it could not read.
"""

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import chain
from operator import attrgetter
from typing import NamedTuple

from linter.core.figures import Number
from linter.format.tables import DisclosureDef, GridDef, Identity, TableDefs
from linter.model.sections import SectionMatch
from linter.model.tables.application import read_application
from linter.model.tables.cells import Line, lines_of
from linter.model.tables.disclosure import read_disclosure
from linter.model.tables.identities import Equation, Evaluator, Failure, Place, failing
from linter.model.tables.packed import read_packed
from linter.model.tables.reading import TableReading
from linter.model.tables.review import read_review

NAMES = ("disclosure", "application", "review")
NAMES_SCHEMA = {
    "type": "array",
    "minItems": 1,
    "items": {"enum": list(NAMES)},
    "description": "which tables (all when absent)",
}


class Evaluation(NamedTuple):
    failures: list[Failure]  # where the identities fail
    # How many of their equations that fail, and that hold, each cell is in; counted only
    # where some fail (to blame a cell), empty where all hold.
    failing: Counter[Place]
    holding: Counter[Place]


_places = attrgetter("places")


class Tables:
    """The standard tables of one report, each read when first asked for."""

    def __init__(self, definitions: TableDefs, sections: Sequence[SectionMatch], version: str | None):
        self.definitions = definitions
        self._sections = sections
        self._version = version
        self._read: dict[str, TableReading | None] = {}
        self._lines: dict[int, list[Line]] = {}
        self._evaluators: dict[str, Evaluator] = {}
        self._evaluated: dict[tuple[str, Identity], tuple[list[Failure], list[Equation]]] = {}
        self._combined: dict[tuple[str, tuple[Identity, ...]], Evaluation] = {}

    def get(self, name: str) -> TableReading | None:
        """The table as read; None when the report does not have it (or the section it
        belongs in is missing, which GK101 reports)."""
        if name not in self._read:
            self._read[name] = self._reading(name)
        return self._read[name]

    def evaluate(self, name: str, identities: Iterable[Identity]) -> Evaluation:
        """The identities over the table (nothing where it is not read), in their order;
        each identity is evaluated once a report (its sums once), and each set of them
        too, whichever rule asks."""
        chosen = tuple(identities)
        if (name, chosen) not in self._combined:
            outcomes = [self._outcome(name, identity) for identity in chosen]
            found = [failure for failures, _ in outcomes for failure in failures]
            held: Counter[Place] = Counter()
            if found:  # the holding equations only tell which cell of a failure to blame
                for _, holding in outcomes:
                    held.update(chain.from_iterable(map(_places, holding)))
            self._combined[name, chosen] = Evaluation(found, failing(found), held)
        return self._combined[name, chosen]

    def total(self, cells: Iterable[tuple[str, str, str]]) -> Number | None:
        """The sum of the cells, each (table, row, column); None where any is not read."""
        total: Number = 0
        for name, row, column in cells:
            reading = self.get(name)
            value = reading.value(row, column) if reading else None
            if value is None:
                return None
            total += value
        return total

    def expected(self, name: str) -> bool:
        """Whether the table's own section is there (if not, GK101 says so)."""
        return self._section(self.definitions.get(name).section).present

    def __iter__(self):
        return (reading for name in NAMES if (reading := self.get(name)) is not None)

    def _outcome(self, name: str, identity: Identity) -> tuple[list[Failure], list[Equation]]:
        """The identity's failures and its equations that hold; nothing
        where the table is not read."""
        if (name, identity) not in self._evaluated:
            reading = self.get(name)
            if name not in self._evaluators and reading is not None:
                self._evaluators[name] = Evaluator(reading, self.definitions.get(name))
            self._evaluated[name, identity] = self._evaluators[name].evaluate(identity) if reading else ([], [])
        return self._evaluated[name, identity]

    def _reading(self, name: str) -> TableReading | None:
        definition = self.definitions.get(name)
        number = self._region(definition.section)
        if number is None:
            return None
        if packed := read_packed(definition, self._section(number).nodes):
            return packed
        return _READERS[name](definition, self._lines_of(number), self._version)

    def _section(self, number: int) -> SectionMatch:
        return next(s for s in self._sections if s.spec.number == number)

    def _region(self, number: int) -> int | None:
        """The section whose nodes hold the table: its own, or where its content went
        when its heading was lost (the nearest present section before it)."""
        present = [s.spec.number for s in self._sections if s.present and s.spec.number <= number]
        return present[-1] if present else None

    def _lines_of(self, number: int) -> list[Line]:
        if number not in self._lines:
            self._lines[number] = list(lines_of(self._section(number).nodes))
        return self._lines[number]


_READERS: Mapping[str, Callable[[GridDef | DisclosureDef, list[Line], str | None], TableReading | None]] = {
    "disclosure": read_disclosure,
    "application": lambda grid, lines, _: read_application(grid, lines),
    "review": lambda grid, lines, _: read_review(grid, lines),
}
