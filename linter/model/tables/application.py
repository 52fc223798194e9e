"""表三 (收到和处理政府信息公开申请情况): rows known by their labels, 7 figures each.

Labels are often cut over lines (``（二）部分公开（区分处理的，只计这一情`` / ``形，不计其他
情形）``, with the figures on a line of their own), run into the labels of their
group (``（三）不予公开 | 1.属于国家秘密``), or left on a line before their figures. A
label alone on a line is kept for the next line of figures that has no label of its
own. When two such labels come before one line of figures, or figures come with no
label to take them, the table was scrambled (a converter's doing): the figures are
not guessed at, and the table is read as not sure (blank cells are then not zeros).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from linter.core.findings import Localized
from linter.core.spans import Span
from linter.format.tables import GridDef, RowDef
from linter.model.tables.reading import (
    Problem,
    Row,
    Signal,
    TableReading,
    count_problem,
    line_problem,
    lines_problem,
    rows_problem,
    settled,
    text_problems,
)
from linter.parse.lines import Line

Found = Literal["row", "group", "heading", "none", "ambiguous"]
_CONFLICT = "?"


# Each grid's answers by a line's label and its pieces (every report's table carries the same
# labels), the grid held so that its id names no other; both bounded.
_IDENTIFIED: dict[int, tuple[GridDef, dict[tuple[str, tuple[str, ...]], tuple[Found, str | None, bool]]]] = {}
_MAX_GRIDS, _MAX_LABELS = 16, 4096


def identify(grid: GridDef, line: Line) -> tuple[Found, str | None, bool]:
    """Which row a line's label names (an item or plain row wins over its group), and
    whether only by a short whole label (``总计``, ``其他``) rather than by its words."""
    if not line.labels:
        return "none", None, False
    held = _IDENTIFIED.get(id(grid))
    if held is None:
        if len(_IDENTIFIED) >= _MAX_GRIDS:
            _IDENTIFIED.clear()
        held = _IDENTIFIED[id(grid)] = (grid, {})
    answers, key = held[1], (line.label, line.label_pieces)
    found = answers.get(key)
    if found is None:
        if len(answers) >= _MAX_LABELS:
            answers.clear()
        found = answers[key] = _identify(grid, *key)
    return found


def _identify(grid: GridDef, text: str, label_pieces: tuple[str, ...]) -> tuple[Found, str | None, bool]:
    word_rows, label_rows = grid.word_rows, grid.label_rows
    by_words = {word_rows[word] for word in grid.words.findall(text)} if grid.words else set()
    by_label = {label_rows[p] for p in label_pieces if p in label_rows}
    named = by_words | by_label
    if named:
        rows = grid.rows
        for kind, keys in (("row", {k for k in named if not rows[k].items}), ("group", named)):
            if len(keys) == 1:
                key = keys.pop()
                return kind, key, key not in by_words
            if keys:
                return "ambiguous", None, False
    if any(h in text for h in grid.headings):
        return "heading", None, False
    return "none", None, False


class _Reader:
    def __init__(self, grid: GridDef):
        self.grid = grid
        self.order = {key: i for i, key in enumerate(grid.rows)}
        self.columns = grid.column_keys
        self.rows: dict[str, Row] = {}
        self.lines: dict[str, Line] = {}
        self.problems: list[Problem] = []
        self.seen: set[str] = set()  # rows named anywhere in the table, with or without figures
        self.failed: set[str] = set()  # rows whose figures could not be read
        self.last = -1  # the order of the last row placed
        self.orphans: list[Line] = []  # lines of figures inside the table that no row takes

    def read(self, lines: Iterable[Line]) -> TableReading | None:
        pending: str | None = None
        start: Span | None = None
        unplaced: list[Line] = []  # figures no row takes, kept until a later row shows they are inside the table
        for line in lines:
            found, key, by_label_only = identify(self.grid, line)
            figures = line.tabular and bool(line.figures)
            if start is None:
                if not (figures and found in ("row", "group")):
                    continue
                start = line.span
            if key is not None:
                self.seen.add(key)
            if not figures:
                if found == "row" and not by_label_only:  # not a header's “总计” or “其他”
                    pending = key if pending in (None, key) else _CONFLICT
                continue
            target = key if found in ("row", "group") else (pending if found == "none" else None)
            pending = None
            if target is None or target == _CONFLICT:
                unplaced.append(line)
                continue
            self.orphans.extend(unplaced)
            unplaced = []
            self._place(target, line)
        if start is None:
            return None
        if self.orphans:
            self.problems.append(
                lines_problem(self.orphans, "的数字不知属于哪一行", "figures that belong to no known row")
            )
        self._check_missing(start)
        return TableReading(
            name=self.grid.name,
            title=self.grid.title,
            caption=self.grid.caption,
            span=start,
            rows=self.rows,
            problems=tuple(sorted(self.problems, key=lambda p: p.span)),
            confident=settled(self.problems),
            signals=tuple(self._signals()),
        )

    def _place(self, key: str, line: Line) -> None:
        spec = self.grid.row(key)
        if key in self.rows:
            self.problems.append(line_problem(line, f"“{spec.name.zh}”重复出现", f"“{spec.name.en}” appears again"))
            return
        if not spec.items:
            if self.order[key] < self.last:
                self.problems.append(
                    line_problem(line, f"“{spec.name.zh}”不在应有的位置", f"“{spec.name.en}” is out of order")
                )
            self.last = self.order[key]
        cells = line.fit(len(self.grid.columns))
        if cells is None:
            self.problems.append(count_problem(line, spec.name, len(self.grid.columns)))
            self.failed.add(key)
            return
        row = Row.of(key, spec.name, self.columns, cells)
        self.rows[key] = row
        self.lines[key] = line
        self.problems.extend(text_problems(line, row))

    def _required(self) -> Iterable[RowDef]:
        """Every row but groups; of a group that may stand alone, its own row unless the
        report shows its items."""
        for spec in self.grid.rows.values():
            group = self.grid.row(spec.group) if spec.group else None
            if spec.items:
                if spec.format_signals and not self._items_seen(spec):
                    yield spec
            elif group is None or not group.format_signals or self._items_seen(group):
                yield spec

    def _items_seen(self, group: RowDef) -> bool:
        return any(item in self.seen for item in group.items)

    def _check_missing(self, start: Span) -> None:
        absent = [spec for spec in self._required() if spec.key not in self.rows and spec.key not in self.failed]
        if missing := [spec.name for spec in absent if spec.key not in self.seen]:
            self.problems.append(rows_problem(start, missing, "没有找到{}行", "no row {} found"))
        if unread := [spec.name for spec in absent if spec.key in self.seen]:
            self.problems.append(rows_problem(start, unread, "{}行的数字没有读出", "no figures read for {}"))

    def _signals(self) -> Iterable[Signal]:
        """A group shown with or without its items, where the formats differ (（六）其他处理)."""
        for group in self.grid.rows.values():
            if not group.format_signals:
                continue
            items = [k for k in group.items if k in self.rows]
            if items:
                what = Localized(f"“{group.name.zh}”分项填报", f"“{group.name.en}” in sub-items")
                yield Signal(group.format_signals["items"], what, self.lines[items[0]].span)
            elif group.key in self.rows and not self._items_seen(group) and settled(self.problems):
                what = Localized(f"“{group.name.zh}”没有分项", f"“{group.name.en}” without sub-items")
                yield Signal(group.format_signals["alone"], what, self.lines[group.key].span)


def read_application(grid: GridDef, lines: Iterable[Line]) -> TableReading | None:
    """表三 as read from the lines of its section; None when the section has none of its rows."""
    return _Reader(grid).read(lines)
