"""What a check kind is given when its rules load: the format the linter is built with."""

from linter.core.record import Record
from linter.format.spec import FormatSpec
from linter.format.tables import TableDefs


class Context(Record):
    """Passed to a kind's ``prepare(params, context)``; the kind reads nothing else."""

    format: FormatSpec

    @property
    def tables(self) -> TableDefs:
        return self.format.tables

    def section(self, number: int, field: str) -> int:
        """``number`` if the format has such a section; else a ValueError naming ``field``."""
        numbers = [s.number for s in self.format.sections]
        if number not in numbers:
            raise ValueError(f"{field}: no section {number} in the format (it has {numbers[0]}–{numbers[-1]})")
        return number
