"""What the lines after a run's findings say of them (the summary, how many --fix can
fix), counted as the findings pass on their way out: read once, none held."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from linter.core.findings import Finding


class Tally:
    """Counts of the findings ``counted`` has passed on; ``fixable`` only when asked for."""

    def __init__(self, fixable: bool = False):
        self.severities: Counter[str] = Counter()
        self.fixable: int | None = 0 if fixable else None

    def counted(self, findings: Iterable[Finding]) -> Iterator[Finding]:
        if self.fixable is not None:
            from linter.output.regions import fixable_in_place  # imported here: a run without the note does without it

            for finding in findings:
                self.fixable += fixable_in_place(finding)
                self.severities[finding.severity] += 1
                yield finding
            return
        for finding in findings:
            self.severities[finding.severity] += 1
            yield finding
