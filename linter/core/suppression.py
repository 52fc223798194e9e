"""What suppressions are: inline directives, sidecar entries, and what applying them
left to report (the subject of GK004 and GK005). Made by ``run.suppress``."""

import fnmatch
from pathlib import Path

from linter.core.findings import Finding
from linter.core.record import Record
from linter.core.spans import Span


class Suppression(Record):
    """Rules not reported on lines ``first``…``last``, declared at ``span``."""

    rules: tuple[str, ...]
    first: int
    last: int
    span: Span
    text: str  # the directive as written


class Invalid(Record):
    span: Span
    text: str
    problem: str  # a message key of GK005: "syntax", "no-rules", "unknown-rule"


class Outcome(Record):
    """What the suppression stage has to report."""

    unused: tuple[Suppression, ...] = ()
    invalid: tuple[Invalid, ...] = ()
    unused_entries: "tuple[SidecarEntry, ...]" = ()


class SidecarEntry(Record):
    path: str  # glob, relative to the sidecar's folder
    rule: str
    anchor: str  # squeezed; "" matches any finding of the rule
    sidecar: Path
    index: int  # 1-based, for messages
    line: int = 1  # where the entry starts in the sidecar

    def matches(self, file: Path, finding: Finding) -> bool:
        try:
            relative = file.resolve().relative_to(self.sidecar.parent).as_posix()
        except ValueError:
            return False
        return (
            fnmatch.fnmatch(relative, self.path)
            and finding.rule.startswith(self.rule)
            and self.anchor in finding.anchor
        )
