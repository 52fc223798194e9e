"""表四 (行政复议、行政诉讼): one data row of 15 figures in a known order.

Its header (two or three rows of merged cells) rarely survives extraction, so the
table is known by its header words or by a row of figures alone, and the figures
are taken in the format's order.
"""

from __future__ import annotations

from collections.abc import Iterable

from linter.format.tables import GridDef
from linter.model.tables.reading import Row, TableReading, count_problem, line_problem, settled, text_problems
from linter.parse.lines import Line

MIN_FIGURES = 10  # fewer figures on a line: not this table's data row (表三's have 7)


def read_review(grid: GridDef, lines: Iterable[Line]) -> TableReading | None:
    """表四 as read from the lines of its section; None when it is not there."""
    lines = list(lines)
    headed = next((line for line in lines if not line.narrative and any(h in line.label for h in grid.headings)), None)
    candidates = [line for line in lines if line.tabular and len(line.figures) >= MIN_FIGURES]
    if headed is None and not candidates:
        return None
    width = len(grid.columns)
    fitting = [line for line in candidates if line.fit(width) is not None]
    spec = next(iter(grid.rows.values()))
    rows = {}
    if fitting:
        line = fitting[0]
        row = Row.of(spec.key, spec.name, grid.column_keys, line.fit(width))
        rows[spec.key] = row
        problems = text_problems(line, row)
        problems += [
            line_problem(other, f"也像是{grid.title.zh}的数据行", f"also looks like the data row of {grid.title.en}")
            for other in fitting[1:]
        ]
    elif candidates:
        problems = [count_problem(max(candidates, key=lambda line: len(line.figures)), spec.name, width)]
    else:
        problems = [
            line_problem(
                headed, f"之后没有找到{width}个数的数据行", f"is followed by no data row of {width} figures", False
            )
        ]
    return TableReading(
        grid.name, grid.title, grid.caption, (headed or candidates[0]).span, rows, tuple(problems), settled(problems)
    )
