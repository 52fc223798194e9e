"""A safe fix as a tracked change: the old text in ``w:del``, the new in ``w:ins``, both
by ``xxgk-lint``, for the drafter to accept or reject in Word. Runs are split where the
change starts and ends, each part keeping its run's formatting (``w:rPr``)."""

from __future__ import annotations

import copy
import itertools
from typing import Any

from linter.readers.docx import pieces
from linter.readers.docx_numbering import W

_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_PLAIN_RUN = frozenset({W + "rPr", W + "t", W + "lastRenderedPageBreak"})


class Revisions:
    """Makes tracked changes with ids unused in the document."""

    def __init__(self, document_element: Any, author: str, date: str) -> None:
        used = [int(v) for v in document_element.xpath("//@w:id") if v.lstrip("-").isdigit()]
        self._ids = itertools.count(max(used, default=0) + 1)
        self.author, self.date = author, date

    def replace(self, paragraph: Any, start: int, end: int, text: str) -> bool:
        """Replace characters ``start``..``end`` (exclusive) of the paragraph's own text
        with ``text`` as a tracked change; False (and nothing changed) when that text is not
        in plain runs directly in the paragraph."""
        runs = _runs(paragraph, start, end)
        if runs is None:
            return False
        last_deleted = None
        for run, run_start in runs:
            run_text = "".join(t.text or "" for t in run.iter(W + "t"))
            cut_from, cut_to = max(start - run_start, 0), min(end - run_start, len(run_text))
            last_deleted = self._mark("del", [_copy(run, run_text[cut_from:cut_to], W + "delText")])
            parts = [_copy(run, run_text[:cut_from]), last_deleted, _copy(run, run_text[cut_to:])]
            _replace(run, [p for p in parts if p is not None])
        if text:
            last_deleted.addnext(self._mark("ins", [_copy(runs[0][0], text)]))
        return True

    def _mark(self, kind: str, runs: list[Any]) -> Any:
        element = _new(W + kind)
        element.set(W + "id", str(next(self._ids)))
        element.set(W + "author", self.author)
        element.set(W + "date", self.date)
        element.extend(runs)
        return element


def _new(tag: str) -> Any:
    """A new WordprocessingML element."""
    from docx.oxml import OxmlElement

    return OxmlElement(tag.replace(W, "w:"))


def _runs(paragraph: Any, start: int, end: int) -> list[tuple[Any, int]] | None:
    """The plain runs holding ``start``..``end`` with where each run's text starts."""
    found: list[tuple[Any, int]] = []
    offset = 0
    for text, element in pieces(paragraph):
        if offset < end and start < offset + len(text):
            run = element.getparent()
            if element.tag != W + "t" or run.getparent() is not paragraph:
                return None
            if any(child.tag not in _PLAIN_RUN for child in run):
                return None
            if not found or found[-1][0] is not run:
                found.append((run, offset - _before_in_run(run, element)))
        offset += len(text)
    return found or None


def _before_in_run(run: Any, t: Any) -> int:
    """How many characters of ``run`` come before its ``w:t`` element ``t``."""
    before = 0
    for element in run.iter(W + "t"):
        if element is t:
            return before
        before += len(element.text or "")
    return before


def _copy(run: Any, text: str, tag: str = W + "t") -> Any | None:
    """A run like ``run`` (its attributes and formatting) holding ``text``; None for ""."""
    if not text:
        return None
    new = _new(W + "r")
    for name, value in run.attrib.items():
        new.set(name, value)
    properties = run.find(W + "rPr")
    if properties is not None:
        new.append(copy.deepcopy(properties))
    holder = _new(tag)
    holder.text = text
    holder.set(_XML_SPACE, "preserve")
    new.append(holder)
    return new


def _replace(element: Any, replacements: list[Any]) -> None:
    for replacement in replacements:
        element.addprevious(replacement)
    element.getparent().remove(element)
