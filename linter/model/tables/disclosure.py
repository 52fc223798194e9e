"""表二 (主动公开政府信息情况): small tables by item of Art. 20, in either format.

Rows are known by their whole label (``规章``, ``行政许可``…). The two formats share
most labels but not their columns, so which format a table was made on is read from
the labels only one format has (``本年新制作数量``, ``本年制发件数``…) and from how many
figures a row has (``行政许可``: 3 in the 2019 format, 1 in the 2021 format).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache

from linter.core.findings import Localized
from linter.format.tables import DisclosureDef, DisclosureRow
from linter.model.tables.reading import (
    Problem,
    Row,
    Signal,
    TableReading,
    count_problem,
    rows_problem,
    settled,
    text_problems,
)
from linter.parse.lines import Line


def read_disclosure(definition: DisclosureDef, lines: Iterable[Line], expected: str | None) -> TableReading | None:
    """表二 as read from the lines of its section; None when it has none of its labels.
    ``expected`` is the format the report year calls for, taken when the table does not say."""
    lines = [line for line in lines if not line.narrative]
    signals = list(_signals(definition, lines))
    labelled = [(line, rows) for line in lines if (rows := _candidates(definition, line))]
    headed = next((line for line in lines if any(h in line.label for h in definition.headings)), None)
    if not labelled and not signals and headed is None:
        return None
    version = _version(definition, signals, labelled, expected)
    rows: dict[str, Row] = {}
    problems: list[Problem] = []
    failed: set[str] = set()
    for line, candidates in labelled:
        spec, row_version = _choose(line, candidates, version)
        if spec.key in rows:
            continue
        cells = line.fit(len(spec.columns))
        if cells is None:
            if line.figures or line.lead:
                problems.append(count_problem(line, spec.name, len(spec.columns)))
                failed.add(spec.key)
            continue
        row = Row.of(spec.key, spec.name, spec.columns, cells)
        rows[spec.key] = row
        problems.extend(text_problems(line, row))
        if row_version != version:
            signals.append(
                Signal(
                    row_version,
                    Localized(f"“{spec.name.zh}”有{len(cells)}栏", f"“{spec.name.en}” with {len(cells)} columns"),
                    row.span,
                )
            )
    start = min(s for s in (labelled and labelled[0][0].span, headed and headed.span, signals and signals[0].span) if s)
    named = {spec.key for _, candidates in labelled for spec, _ in candidates}
    absent = [spec for spec in definition.formats[version].rows if spec.key not in rows and spec.key not in failed]
    if missing := [spec.name for spec in absent if spec.key not in named]:
        problems.append(rows_problem(start, missing, "没有找到{}行", "no row {} found"))
    if unread := [spec.name for spec in absent if spec.key in named]:
        problems.append(rows_problem(start, unread, "{}行的数字没有读出", "no figures read for {}"))
    return TableReading(
        name=definition.name,
        title=definition.title,
        caption=definition.caption,
        span=start,
        rows=rows,
        problems=tuple(sorted(problems, key=lambda p: p.span)),
        confident=settled(problems),
        signals=tuple(signals),
        version=version,
        exempt=frozenset(spec.key for spec in definition.formats[version].rows if spec.may_be_empty),
    )


def _signals(definition: DisclosureDef, lines: list[Line]) -> Iterator[Signal]:
    seen: set[str] = set()
    any_signal = _any_of(tuple(label for spec in definition.formats.values() for label in spec.signals))
    for line in lines:
        text = line.label
        if not any_signal.search(text):  # most lines: no format's own label
            continue
        for version, spec in definition.formats.items():
            for label in spec.signals:
                if label in text and label not in seen:
                    seen.add(label)
                    yield Signal(version, Localized(f"“{label}”", f"“{label}”"), line.span)


@cache
def _any_of(labels: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, labels)) or "(?!)")


def _candidates(definition: DisclosureDef, line: Line) -> list[tuple[DisclosureRow, str]]:
    found = {candidate for piece in line.label_pieces for candidate in definition.row_labels.get(piece, ())}
    return sorted(found, key=lambda c: c[1])


def _fits(line: Line, spec: DisclosureRow) -> bool:
    return line.fit(len(spec.columns)) is not None


def _version(
    definition: DisclosureDef, signals: list[Signal], labelled: list[tuple[Line, list]], expected: str | None
) -> str:
    """The format most signs point to; the expected one when they do not say."""
    votes = Counter(s.version for s in signals)
    for line, candidates in labelled:
        fitting = {version for spec, version in candidates if _fits(line, spec)}
        if len(fitting) == 1:
            votes[fitting.pop()] += 1
    ranked = votes.most_common()
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return expected if expected in definition.formats else max(definition.formats)


def _choose(line: Line, candidates: list[tuple[DisclosureRow, str]], version: str) -> tuple[DisclosureRow, str]:
    """The row of the table's format, unless only another format's columns fit the figures."""
    ranked = sorted(candidates, key=lambda c: (not _fits(line, c[0]), c[1] != version))
    return ranked[0]
