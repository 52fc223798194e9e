"""What checks report (``Hit``) and what users see (``Finding``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .nodes import Span

SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True, slots=True)
class Localized:
    """A message argument that differs by language."""

    zh: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh


@dataclass(frozen=True, slots=True)
class Fix:
    """Replace the text at ``span`` (inclusive end) with ``text``."""

    span: Span
    text: str

    def to_json(self) -> dict[str, Any]:
        return {**self.span.to_json(), "text": self.text}


@dataclass(frozen=True, slots=True)
class Hit:
    """A check's raw result: where, which of the rule's messages, with what arguments."""

    span: Span
    args: Mapping[str, Any] = field(default_factory=dict)
    message: str = "default"
    fix: Fix | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    path: str
    span: Span
    rule: str
    name: str
    severity: str
    message: str
    basis: str
    fix: Fix | None = None

    @property
    def sort_key(self) -> tuple:
        return (self.path, self.span.line, self.span.column, self.rule)

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "line": self.span.line,
            "column": self.span.column,
            "end_line": self.span.end_line,
            "end_column": self.span.end_column,
            "rule": self.rule,
            "name": self.name,
            "severity": self.severity,
            "message": self.message,
            "basis": self.basis,
            "fix": self.fix.to_json() if self.fix else None,
        }
