"""JSON written a piece at a time: the same text as ``json.dumps(value, ensure_ascii=False,
indent=2)`` of the whole, so that a list of 100,000 findings is written without being held."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

Write = Callable[[str], None]
INDENT = 2
HOLE = "\0the list\0"  # stands for the list in a document written around it: no text has a NUL


def dumped(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=INDENT)


def write_list(items: Iterable[Any], depth: int, write: Write, head: str = "") -> None:
    """The list of ``items`` as ``dumped`` writes it ``depth`` levels deep, from ``[`` to
    ``]``, after ``head``: nothing is written before the first item is at hand."""
    outer = " " * (INDENT * depth)
    inner = outer + " " * INDENT
    empty = True
    for item in items:
        write((head + "[\n" if empty else ",\n") + inner + dumped(item).replace("\n", "\n" + inner))
        empty = False
    write(head + "[]" if empty else "\n" + outer + "]")


def write_around(document: Any, items: Iterable[Any], write: Write) -> None:
    """``document`` with ``items`` as the list where it has ``HOLE`` (once)."""
    head, _, tail = dumped(document).partition(dumped(HOLE))
    line = head[head.rfind("\n") + 1 :]
    write_list(items, (len(line) - len(line.lstrip(" "))) // INDENT, write, head)
    write(tail)
