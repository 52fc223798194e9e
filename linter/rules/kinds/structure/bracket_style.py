"""GK105: level-2 headings mix full-width （一） and half-width (一) brackets."""

from __future__ import annotations

from collections.abc import Iterator

from linter.core.findings import Fix, Hit
from linter.model.report import ReportModel
from linter.parse.nodes import Heading

KIND = "bracket-style"
FIXABLE = True  # its hits carry a Fix (--fix makes it)
MESSAGES = {"default": ("found", "expected")}


def check(model: ReportModel, config: dict) -> Iterator[Hit]:
    headings = [n for n in model.nodes if isinstance(n, Heading) and n.level == 2]
    if len({h.brackets == "full" for h in headings}) < 2:
        return  # one style throughout: consistent, whichever it is
    for heading in headings:
        if heading.brackets != "full":
            fixed = heading.marker.replace("(", "（").replace(")", "）")
            yield Hit(
                heading.number_span, {"found": heading.marker, "expected": fixed}, fix=Fix(heading.number_span, fixed)
            )
