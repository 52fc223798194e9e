"""Findings as LSP diagnostics and safe fixes as code actions, for one open document.

LSP positions are 0-based and count UTF-16 code units; findings count characters from
1 with an inclusive end. The document is linted as the file it is (its folder's
configuration and sidecar apply); files a repository holds besides reports (README,
requirements, …: the default exclusions) get no diagnostics.
"""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types

from linter.core.findings import Finding
from linter.core.spans import Span
from linter.run.exclude import Exclusions, excluded, globs_for
from linter.run.fixes import FIXABLE_SUFFIXES
from linter.run.session import CommandLine, Session

SOURCE = "xxgk-lint"
_SEVERITIES = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
}


def findings(path: Path, text: str, lang: str) -> list[Finding]:
    """The findings of ``text`` as the content of ``path``; none for files not linted."""
    if path.suffix.lower() not in FIXABLE_SUFFIXES:
        return []
    session = Session(CommandLine(lang=lang))
    if excluded(path, globs_for(session.config(path), Exclusions())):
        return []
    return session.check(path, text.encode("utf-8")).findings


def diagnostic(finding: Finding, lines: list[str]) -> types.Diagnostic:
    basis = f" ({finding.basis})" if finding.basis else ""
    return types.Diagnostic(
        range=lsp_range(finding.span, lines),
        message=finding.message + basis,
        severity=_SEVERITIES[finding.severity],
        code=finding.rule,
        source=SOURCE,
    )


def code_actions(uri: str, found: list[Finding], lines: list[str], wanted: types.Range) -> list[types.CodeAction]:
    """A quick fix for each finding with a safe fix whose range meets ``wanted``."""
    actions = []
    for finding in found:
        if finding.fix is None:
            continue
        where = lsp_range(finding.fix.span, lines)
        if not _meets(where, wanted):
            continue
        edit = types.TextEdit(range=where, new_text=finding.fix.text)
        actions.append(
            types.CodeAction(
                title=f"{finding.rule}: → {finding.fix.text}",
                kind=types.CodeActionKind.QuickFix,
                diagnostics=[diagnostic(finding, lines)],
                edit=types.WorkspaceEdit(changes={uri: [edit]}),
                is_preferred=True,
            )
        )
    return actions


def lsp_range(span: Span, lines: list[str]) -> types.Range:
    start = _position(lines, span.line, span.column - 1)
    end = _position(lines, span.end_line, span.end_column)  # inclusive end → the character after
    return types.Range(start=start, end=end)


def _position(lines: list[str], line: int, characters: int) -> types.Position:
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    units = len(text[: max(characters, 0)].encode("utf-16-le")) // 2
    return types.Position(line=max(line - 1, 0), character=units)


def _meets(a: types.Range, b: types.Range) -> bool:
    def key(position: types.Position) -> tuple[int, int]:
        return (position.line, position.character)

    return key(a.start) <= key(b.end) and key(b.start) <= key(a.end)
