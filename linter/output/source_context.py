"""Text output for people at a terminal: each finding's line with a caret under what it
is about (``--show-source``), colour (on a terminal, unless NO_COLOR is set), fixable
findings marked ``[*]``. Up to the message, each line reads as the plain text format.

For Word, HTML and PDF files the line shown is the extracted text's (as ``parse
--text`` numbers it); the location in brackets says where it is in the file.
"""

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TextIO

from linter import readers
from linter.core.findings import Finding
from linter.core.record import Record
from linter.output.as_text import line
from linter.output.columns import display_width
from linter.output.regions import fixable_in_place
from linter.readers.source import Source

_RESET = "\033[0m"
_COLOURS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m", "path": "\033[1m", "fix": "\033[32m"}
MARK = "[*]"


class Style(Record):
    show_source: bool = False
    terminal: bool = False  # the output goes to a terminal
    colour: bool = False

    @property
    def human(self) -> bool:
        """Whether this output is for a person, not a script: only then marks and colour."""
        return self.show_source or self.terminal

    @staticmethod
    def of(show_source: bool, stream: TextIO | None) -> "Style":
        """Colour on a terminal, never under NO_COLOR (https://no-color.org) or in a pipe."""
        terminal = stream is not None and hasattr(stream, "isatty") and stream.isatty()
        return Style(show_source, terminal, terminal and not os.environ.get("NO_COLOR"))


def stream(
    findings: Iterable[Finding], style: Style, lines_of: Callable[[str], list[str]], write: Callable[[str], None]
) -> None:
    for finding in findings:
        write(_headline(finding, style) + "\n")
        if style.show_source:
            write("".join(text + "\n" for text in _context(finding, lines_of(finding.path), style)))


def fixable_note(count: int, lang: str) -> str:
    if lang == "en":
        return f"{count} fixable with --fix ({MARK}); --diff shows the changes."
    return f"其中 {count} 个可用 --fix 自动修复（{MARK}）；--diff 可预览修改。"


def file_lines(piped: dict[str, bytes]) -> Callable[[str], list[str]]:
    """Each file's lines as the findings number them; ``piped``: content by name of files
    that came on standard input. Only the last file's are kept: a file's findings come
    together, and a run's every file is not held."""
    cache: dict[str, list[str]] = {}

    def lines_of(path: str) -> list[str]:
        if path not in cache:
            data = piped.get(path)
            source = readers.read(Path(path)) if data is None else readers.read_data(Path(path), data)
            cache.clear()
            cache[path] = source.lines() if isinstance(source, Source) else []
        return cache[path]

    return lines_of


def _headline(finding: Finding, style: Style) -> str:
    text = line(finding)
    head = f"{finding.rule} [{finding.severity}]"
    if fixable_in_place(finding):
        text = text.replace(head, f"{head} {_paint(MARK, 'fix', style)}", 1)
    if style.colour:
        place = f"{finding.path}:{finding.span.line}:{finding.span.column}:"
        text = text.replace(place, _paint(place, "path", style), 1)
        text = text.replace(head, _paint(head, finding.severity, style), 1)
    return text


def _context(finding: Finding, lines: list[str], style: Style) -> list[str]:
    span = finding.span
    if not 0 < span.line <= len(lines):
        return []
    text = lines[span.line - 1].rstrip("\r")
    start = span.column - 1
    end = span.end_column if span.end_line == span.line else len(text)
    indent = "".join("\t" if char == "\t" else " " * display_width(char) for char in text[:start])
    caret = "^" * max(1, display_width(text[start:end]))
    gutter = f"{span.line:>5} | "
    return [gutter + text, " " * (len(gutter) - 2) + "| " + indent + _paint(caret, finding.severity, style)]


def _paint(text: str, kind: str, style: Style) -> str:
    return f"{_COLOURS[kind]}{text}{_RESET}" if style.colour else text
