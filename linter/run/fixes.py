"""Safe mechanical fixes (rules that offer one: GK104 heading wording, GK105 bracket
width), applied to a file's own bytes: every byte outside the fixed spans is kept as it
was (encoding, byte order, BOMs, line ends). Only plain text and Markdown; nothing is
written unless ``--fix`` asks, never through a symbolic link, and never over a file that
changed since it was read: the new content goes to a temporary file in the same folder
that then replaces the file in one step."""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import tempfile
from pathlib import Path

from linter.core.errors import RunError
from linter.core.findings import Fix
from linter.core.record import Record
from linter.readers import text as text_reader
from linter.run.result import FileResult

FIXABLE_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
_LINE_END = re.compile(r"(\r\n|\r|\n)")  # the line ends the text reader knows, and no other
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


class Plan(Record):
    path: Path
    before: str
    after: str
    original: bytes  # the file's bytes the fixes were planned on
    fixed: bytes  # what they become
    applied: int

    def diff(self) -> str:
        """A unified diff, its lines numbered as the linter numbers them (not at form feeds)."""
        import difflib  # imported here: only --diff needs it, and every text run imports this module

        lines = difflib.unified_diff(
            _LINE.findall(self.before), _LINE.findall(self.after), str(self.path), str(self.path)
        )
        return "".join(line if line.endswith(("\n", "\r")) else line + "\n" for line in lines)

    def write(self) -> str | None:
        """Make the fixes; None when done, else why they were not made."""
        path = self.path
        if os.path.realpath(path) != os.path.abspath(path):
            return "is a symbolic link, or inside one: not written"
        try:
            if hashlib.sha256(path.read_bytes()).digest() != hashlib.sha256(self.original).digest():
                return "changed since it was checked: not written"
            mode = path.stat().st_mode & 0o7777
            with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", delete=False) as out:
                out.write(self.fixed)
            os.chmod(out.name, mode)
            os.replace(out.name, path)  # atomic: a reader sees the old file or the new one
        except OSError as error:
            raise RunError(f"{self.path}: cannot write the fixes: {error.strerror or error}") from None
        return None


def plan(result: FileResult) -> Plan | None:
    """What the fixes its findings offer would make of the result's file; None if none applies."""
    path = Path(result.path)
    fixes = [f.fix for f in result.findings if f.fix is not None]
    if not fixes or path.suffix.lower() not in FIXABLE_SUFFIXES:
        return None
    data = path.read_bytes()
    decoded = text_reader.decode(data)
    if isinstance(decoded, str):
        return None
    before, encoding = decoded
    changes = edits(before, fixes)
    fixed = _spliced(data, before, encoding, changes)
    if not changes or fixed is None:
        return None
    after = _applied(before, changes)
    return Plan(path, before, after, data, fixed, len(changes))


def edits(text: str, fixes: list[Fix]) -> list[tuple[int, int, str]]:
    """(start, end, replacement) in ``text`` for each one-line fix that overlaps no other,
    in order."""
    starts = [0] + [m.end() for m in _LINE_END.finditer(text)]
    ends = [m.start() for m in _LINE_END.finditer(text)] + [len(text)]
    taken: list[tuple[int, int, str]] = []
    spans = []
    for fix in sorted(fixes, key=lambda f: (f.span.line, f.span.column), reverse=True):
        span = fix.span
        if span.end_line != span.line or span.line > len(starts) or any(_overlap(span, t) for t in spans):
            continue
        first, last = starts[span.line - 1], ends[span.line - 1]
        start = min(first + span.column - 1, last)
        taken.append((start, max(min(first + span.end_column, last), start), fix.text))
        spans.append(span)
    return sorted(taken)


def _overlap(a, b) -> bool:
    return a.line == b.line and a.column <= b.end_column and b.column <= a.end_column


def _applied(text: str, changes: list[tuple[int, int, str]]) -> str:
    for start, end, replacement in reversed(changes):
        text = text[:start] + replacement + text[end:]
    return text


def _spliced(data: bytes, text: str, encoding: str, changes: list[tuple[int, int, str]]) -> bytes | None:
    """``data`` with the bytes of each change replaced and every other byte kept; None when
    the text's characters do not map back onto the bytes one for one."""
    if encoding == "utf-16":
        encoding = "utf-16-le" if data.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"
    elif encoding == "utf-8-sig":
        encoding = "utf-8"
    whole = data.decode(encoding)  # with every BOM the reader took off
    lead = len(whole) - len(text)
    if whole[lead:] != text or whole.encode(encoding) != data:
        return None
    out: list[bytes] = []
    copied, byte = 0, 0  # characters of ``whole`` accounted for, and their bytes
    for start, end, replacement in changes:
        begin = byte + len(whole[copied : lead + start].encode(encoding))
        finish = begin + len(whole[lead + start : lead + end].encode(encoding))
        out += [data[byte:begin], replacement.encode(encoding)]
        copied, byte = lead + end, finish
    out.append(data[byte:])
    return b"".join(out)
