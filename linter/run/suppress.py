"""Suppressions: inline directives in text and Markdown, and a sidecar file for
documents that cannot carry comments (Word, PDF, a portal page).

Inline, on a line of its own or at the end of one::

    <!-- xxgk-lint: disable GK105 -->            from here to an enable, or the end
    <!-- xxgk-lint: enable GK105 -->
    <!-- xxgk-lint: disable-line GK104 -->       this line
    <!-- xxgk-lint: disable-next-line GK104 -->  the next line with text

Rule ids or prefixes, separated by commas or spaces; at least one (no blanket
suppression). The sidecar ``.xxgk-lint-ignore.yaml``, the closest above the file::

    ignore:
      - path: "2023/*.docx"     # glob, relative to the sidecar's folder
        rule: GK105             # id or prefix
        anchor: "(二)"          # optional: text the finding is about
        reason: 格式转换所致     # optional, for people

A directive or entry that suppresses nothing is reported (GK004), and so is a
directive that cannot be understood (GK005).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from linter.core.comments import CLOSE, OPEN, comments
from linter.core.errors import DeclarationError
from linter.core.findings import Finding
from linter.core.normalize import squeeze
from linter.core.resources import RULES_DIR
from linter.core.spans import Span
from linter.core.suppression import Invalid, SidecarEntry, Suppression
from linter.core.yamlfile import load_validated

SIDECAR = ".xxgk-lint-ignore.yaml"
SIDECAR_SHAPE = (
    "the file is a mapping whose 'ignore' holds a list of entries, each with 'path' and 'rule' (see the README)"
)
_MARK = "xxgk-lint"
_VERBS = ("disable-next-line", "disable-line", "disable", "enable")


def inline(lines: list[str], known: Iterable[str]) -> tuple[list[Suppression], list[Invalid]]:
    """The suppressions the directives in ``lines`` declare, and the directives that are wrong."""
    suppressions: list[Suppression] = []
    invalid: list[Invalid] = []
    if not any("<!--" in line for line in lines):
        return suppressions, invalid
    known = tuple(known)
    open_: dict[str, tuple[int, Span, str]] = {}  # rule → where its disable began
    next_text: list[int] = []
    for number, line in enumerate(lines, 1):
        for span, directive, body in _directives(number, line):
            verb, rules, problem = _parse(body, known)
            if problem:
                invalid.append(Invalid(span, directive, problem))
            elif verb == "disable":
                for rule in rules:
                    open_.setdefault(rule, (number, span, directive))
            elif verb == "enable":
                for rule in rules:
                    if rule in open_:
                        start, where, text = open_.pop(rule)
                        suppressions.append(Suppression((rule,), start, number, where, text))
            else:
                if verb == "disable-next-line" and not next_text:
                    next_text = _next_text_lines(lines)
                target = number if verb == "disable-line" else next_text[number - 1]
                suppressions.append(Suppression(rules, target, target, span, directive))
    suppressions.extend(
        Suppression((rule,), start, len(lines), where, text) for rule, (start, where, text) in open_.items()
    )
    return suppressions, invalid


def _parse(body: str, known: tuple[str, ...]) -> tuple[str, tuple[str, ...], str]:
    verb = next((v for v in _VERBS if body == v or body.startswith(v + " ")), None)
    if verb is None:
        return "", (), "syntax"
    rules = tuple(r.upper() for r in re.split(r"[\s,]+", body[len(verb) :].strip()) if r)
    if not rules:
        return verb, (), "no-rules"
    if any(not any(k.startswith(r) for k in known) for r in rules):
        return verb, rules, "unknown-rule"
    return verb, rules, ""


def _directives(number: int, line: str) -> Iterator[tuple[Span, str, str]]:
    """Each directive on line ``number``: where it is, its text, and what follows the colon."""
    for start, end in comments(line):
        inner = line[start + len(OPEN) : end - len(CLOSE)].strip()
        if inner.startswith(_MARK) and (rest := inner[len(_MARK) :].lstrip()).startswith(":"):
            yield Span(number, start + 1, number, end), line[start:end], rest[1:].strip()


def _next_text_lines(lines: list[str]) -> list[int]:
    """For each line (by index), the number of the first line after it with text other
    than directives; its own number when there is none. One pass, from the end."""
    found = [0] * len(lines)
    following = 0
    for index in range(len(lines) - 1, -1, -1):
        found[index] = following or index + 1
        if _without_directives(lines[index]).strip():
            following = index + 1
    return found


def _without_directives(line: str) -> str:
    if OPEN not in line:
        return line
    cut = [(span.column - 1, span.end_column) for span, _, _ in _directives(0, line)]
    return "".join(line[a:b] for a, b in zip((0, *(e for _, e in cut)), (*(s for s, _ in cut), len(line))))


def apply(findings: list[Finding], suppressions: list[Suppression]) -> tuple[list[Finding], list[Suppression]]:
    """The findings no suppression covers, and the suppressions that covered none."""
    used: set[int] = set()
    kept = []
    for finding in findings:
        hit = next(
            (
                index
                for index, s in enumerate(suppressions)
                if s.first <= finding.span.line <= s.last and finding.rule.startswith(s.rules)
            ),
            None,
        )
        if hit is None:
            kept.append(finding)
        else:
            used.add(hit)
    return kept, [s for index, s in enumerate(suppressions) if index not in used]


def apply_sidecar(
    file: Path, findings: list[Finding], entries: list[SidecarEntry]
) -> tuple[list[Finding], set[SidecarEntry]]:
    """The findings of ``file`` no sidecar entry covers, and the entries that covered one."""
    used: set[SidecarEntry] = set()
    kept = []
    for finding in findings:
        entry = next((e for e in entries if e.matches(file, finding)), None)
        if entry is None:
            kept.append(finding)
        else:
            used.add(entry)
    return kept, used


def sidecar_in(folder: Path) -> Path | None:
    """The sidecar in ``folder`` itself, if any (``discovery.Closest`` looks above)."""
    return folder / SIDECAR if (folder / SIDECAR).is_file() else None


def load_sidecar(path: Path) -> list[SidecarEntry]:
    try:
        data = load_validated(path, RULES_DIR / "ignore.schema.json", aliases=False) or {}
    except DeclarationError as error:
        if error.where:  # inside the document: the message says where
            raise
        raise DeclarationError(error.file, "", f"{error.problem}; {SIDECAR_SHAPE}") from None
    entries = data.get("ignore", ())
    lines = entry_lines(path) if entries else []
    return [
        SidecarEntry(entry["path"], entry["rule"], squeeze(entry.get("anchor", "")), path.resolve(), index, line)
        for index, (entry, line) in enumerate(zip(entries, lines or [1] * len(entries)), 1)
    ]


def entry_lines(path: Path) -> list[int]:
    """The line each entry of the sidecar's ``ignore`` list starts on."""
    import yaml

    root = yaml.compose(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    for key, value in root.value:
        if key.value == "ignore" and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value.value]
    return []
