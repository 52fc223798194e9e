"""Ruled tables on PDF pages (pdfplumber), and tables that a page break cuts in two.

A table is found from the lines drawn on the page. Filled rectangles that are not thin
are backgrounds, not rulings (WPS puts a white one behind every line of text and every
cell). Where a page break cuts a table, the page has no rule at the cut, so rulings are
added where the column lines end without one. The two parts of a cut table may each
miss column lines the other has (a column separated only by rows on the other page):
both are laid out in the columns of all its parts, so that its rows line up as one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from linter.readers.layout import join_wrapped

MAX_RULE_WIDTH = 3.0  # points: a filled rectangle at most this thin is a drawn line
MIN_OPEN_COLUMNS = 2  # column lines ending at one height where no rule does: a cut table
SNAP = 2.0  # points: rules this close are at the same place
ALIGNED = 4.0  # points: parts of one table, and their columns, are this close in their edges


class Fragment(NamedTuple):
    """One table as one page has it: each row's cells as (left edge or None where a merged
    cell covers it, text)."""

    page: int
    number: int  # the table's number on its page
    left: float
    right: float
    columns: list[float]  # left edges
    rows: list[list[tuple[float | None, str]]]


def find_tables(page: Any) -> list[Any]:
    """The ruled tables of a page (pdfplumber tables), frames of one column left out."""
    settings = {"explicit_horizontal_lines": _closing_rules(page.edges)}
    return [table for table in page.find_tables(settings) if len(table.columns) > 1]


def fragment(table: Any, box: tuple[float, float, float, float], page: int, number: int) -> Fragment:
    rows = [
        [(cell[0] if cell else None, join_wrapped((text or "").split("\n"))) for cell, text in zip(group.cells, texts)]
        for group, texts in zip(table.rows, table.extract())
    ]
    columns = [column.bbox[0] for column in table.columns]
    return Fragment(page, number, box[0], box[2], columns, rows)


def drawn(obj: dict[str, Any]) -> bool:
    """Whether an object can be a ruling: anything but a filled rectangle that is not thin."""
    if obj["object_type"] != "rect" or obj.get("stroke"):
        return True
    return min(obj["width"], obj["height"]) <= MAX_RULE_WIDTH


def continues(before: Fragment, after: Fragment) -> bool:
    """Whether ``after``, first on its page, is the rest of ``before``, last on the page before."""
    return (
        after.page == before.page + 1
        and abs(after.left - before.left) <= ALIGNED
        and abs(after.right - before.right) <= ALIGNED
    )


def shared_columns(parts: Sequence[Fragment]) -> list[float]:
    """The columns of a table cut into ``parts``: every column line any part has."""
    merged: list[float] = []
    for left in sorted(left for part in parts for left in part.columns):
        if not merged or left - merged[-1] > ALIGNED:
            merged.append(left)
    return merged


def grid(part: Fragment, columns: list[float]) -> list[list[str]]:
    """The part's rows laid out in ``columns`` (its own, when its cells do not line up)."""
    laid_out = []
    for row in part.rows:
        cells = [""] * len(columns)
        for left, text in row:
            if left is None:
                continue
            index = min(range(len(columns)), key=lambda i: abs(columns[i] - left))
            if abs(columns[index] - left) > ALIGNED:
                return [[text for _, text in row] for row in part.rows]
            cells[index] = text
        laid_out.append(cells)
    return laid_out


def _closing_rules(edges: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Horizontal rules where two or more column lines end at one height without one."""
    horizontal = [e for e in edges if e["orientation"] == "h"]
    ends: dict[int, list[float]] = {}
    for edge in (e for e in edges if e["orientation"] == "v"):
        for y in (edge["top"], edge["bottom"]):
            ends.setdefault(round(y), []).append(edge["x0"])
    rules = []
    for y, xs in ends.items():
        left, right = min(xs), max(xs)
        ruled = any(
            abs(e["top"] - y) <= SNAP and e["x0"] <= left + SNAP and e["x1"] >= right - SNAP for e in horizontal
        )
        if len(set(map(round, xs))) >= MIN_OPEN_COLUMNS and not ruled:
            rules.append(
                {
                    "object_type": "line_edge",
                    "orientation": "h",
                    "x0": left,
                    "x1": right,
                    "top": y,
                    "bottom": y,
                    "width": right - left,
                    "height": 0,
                }
            )
    return rules
