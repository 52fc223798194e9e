"""What checks report (``Hit``) and what users see (``Finding``)."""

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from linter.core.records import NamedTuple
from linter.core.spans import Span

SEVERITIES = ("error", "warning", "info")


class Localized(NamedTuple):
    """Text in Chinese, and in English where there is an English version."""

    zh: str
    en: str | None = None

    def get(self, lang: str) -> str:
        return self.en if lang == "en" and self.en else self.zh

    @staticmethod
    def of(data: Mapping[str, str] | None) -> "Localized | None":
        """From a declaration's ``{zh, en?}``."""
        return Localized(data["zh"], data.get("en")) if data else None


class Fix(NamedTuple):
    """Replace the text at ``span`` (inclusive end) with ``text``."""

    span: Span
    text: str

    def to_json(self) -> dict[str, Any]:
        return {**self.span.to_json(), "text": self.text}


class Hit(NamedTuple):
    """A check's raw result: where, which of the rule's messages, with what arguments.
    ``severity`` lowers the rule's where its params say so (GK208 on a 2019 report)."""

    span: Span
    args: Mapping[str, Any] = MappingProxyType({})
    message: str = "default"
    fix: Fix | None = None
    severity: str | None = None


class Finding(NamedTuple):
    path: str
    span: Span
    rule: str
    name: str
    severity: str
    message: str
    basis: str
    fix: Fix | None = None
    location: str = ""  # where in a Word, HTML or PDF file (see location.py); "" for text
    anchor: str = ""  # the text the finding is about, squeezed: what suppressions and baselines match
    fingerprint: str = ""  # rule + path + anchor (+ occurrence): stable when lines move
    source_line: int = 0  # the line of an HTML file the finding's text starts on; 0 otherwise

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
            "location": self.location,
            "fingerprint": self.fingerprint,
        }
