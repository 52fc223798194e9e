"""``check --annotate``: a reviewed copy of a Word report, its findings as comments (批注)
by ``xxgk-lint`` on the paragraph, run or cell each is about, and the safe fixes as
tracked changes. The original file is only read."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from linter.core.errors import RunError
from linter.core.findings import Finding
from linter.output.annotate.anchors import Target, own_offset, shown_runs, target, text_runs
from linter.output.annotate.revisions import Revisions
from linter.readers.docx import Body, load
from linter.readers.office import word_bytes
from linter.readers.source import Unreadable

AUTHOR = "xxgk-lint"
INITIALS = "XL"
WORD_SUFFIXES = frozenset({".docx", ".doc", ".wps"})


def annotate(files: tuple[Path, ...], findings: list[Finding], copy: Path, lang: str) -> int:
    """Write the annotated copy of the one Word file in ``files``; the number of comments."""
    if len(files) != 1 or files[0].suffix.lower() not in WORD_SUFFIXES:
        raise RunError("--annotate needs exactly one Word file (.docx, .doc, .wps) to check")
    original = files[0]
    if copy.suffix.lower() != ".docx":
        raise RunError(f"{copy}: the annotated copy is a Word document: give it a name ending in .docx")
    if copy.resolve() == original.resolve():
        raise RunError(f"{copy}: the annotated copy must not replace the file checked")
    data = word_bytes(original)
    loaded = data if isinstance(data, Unreadable) else load(original, data, whole=True)
    if isinstance(loaded, Unreadable):
        raise RunError(f"{original}: cannot annotate a file that cannot be read ({loaded.reason})")
    document, body = loaded
    ours = [f for f in findings if f.path == str(original)]
    _Annotator(document, body, lang).add(ours)
    try:
        document.save(str(copy))
    except OSError as error:
        raise RunError(f"{copy}: cannot write the annotated copy: {error.strerror or error}") from None
    return len(ours)


class _Annotator:
    def __init__(self, document: Any, body: Body, lang: str) -> None:
        self.document = document
        self.lang = lang
        self.body = body
        self.source = self.body.builder.source("", "docx")
        self.lines = self.source.lines()

    def add(self, findings: list[Finding]) -> None:
        """A comment for each finding, then the fixes, right to left so that earlier
        offsets in a paragraph stay true."""
        fixes = []
        for finding in findings:
            place = target(self.body, self.source, self.lines, finding.span)
            self._comment(finding, place)
            if finding.fix and place is not None and (fix := _fix_range(finding, place)):
                fixes.append((place.element, *fix))
        now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        revisions = Revisions(self.document.element, AUTHOR, now)  # after the comments: ids unused by them
        taken: list[tuple[Any, int]] = []  # (paragraph, start) of the fixes made
        for paragraph, start, end, text in sorted(fixes, key=lambda f: f[1], reverse=True):
            if not any(p is paragraph and s < end for p, s in taken) and revisions.replace(paragraph, start, end, text):
                taken.append((paragraph, start))

    def _comment(self, finding: Finding, place: Target | None) -> None:
        runs = self._runs(finding, place)
        comment = self.document.add_comment(runs, _first_line(finding, self.lang), AUTHOR, INITIALS)
        if finding.basis:
            comment.add_paragraph(("Basis: " if self.lang == "en" else "依据：") + finding.basis)

    def _first_paragraph(self) -> Any:
        """Where findings about the whole document go: its first paragraph with text."""
        paragraphs = [p for p, _ in self.body.paragraphs] or [self.document.add_paragraph()._p]
        return next((p for p in paragraphs if shown_runs(p)), paragraphs[0])

    def _runs(self, finding: Finding, place: Target | None) -> list[Any]:
        """The runs to anchor the comment on: the finding's text where it can be found,
        else its whole paragraph or cell, else the document's first paragraph."""
        from docx.text.run import Run

        if place is None:
            place = Target(self._first_paragraph())
        runs: list[Any] = []
        start = own_offset(place, finding.span.column) if place.line else None
        if start is not None:
            width = (
                finding.span.end_column - finding.span.column + 1 if finding.span.end_line == finding.span.line else 1
            )
            runs = text_runs(place.element, start, start + max(width, 1))
        runs = runs or shown_runs(place.element) or [_empty_run(place.element)]
        return [Run(runs[0], self.document), Run(runs[-1], self.document)]


def _fix_range(finding: Finding, place: Target) -> tuple[int, int, str] | None:
    """Where the finding's fix goes in its paragraph's own text, and what it writes."""
    span = finding.fix.span
    if not place.line or span.line != span.end_line or span.line != finding.span.line:
        return None
    start = own_offset(place, span.column)
    return None if start is None else (start, start + span.end_column - span.column + 1, finding.fix.text)


def _first_line(finding: Finding, lang: str) -> str:
    suggestion = ""
    if finding.fix and finding.fix.text:
        suggestion = f" (fix: “{finding.fix.text}”)" if lang == "en" else f"（建议改为“{finding.fix.text}”）"
    return f"[{finding.rule} {finding.name}] {finding.message}{suggestion}"


def _empty_run(element: Any) -> Any:
    """A run without text to anchor a comment on, in an empty paragraph or cell."""
    from docx.oxml import OxmlElement

    paragraph = element if element.tag.endswith("}p") else next(element.iter(element.tag[: -len("tc")] + "p"))
    run = OxmlElement("w:r")
    paragraph.append(run)
    return run
