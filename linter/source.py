"""What every reader produces: the report's text, or why there is none."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Source:
    """A report's text with ``\\n`` line ends, and facts the container carried."""

    path: str
    text: str
    encoding: str
    metadata: Mapping[str, str] = field(default_factory=dict)

    def lines(self) -> list[str]:
        # Not str.splitlines(): it also splits at form feeds, which pdftotext leaves
        # at page starts, and line numbers must match what editors show.
        return self.text.split("\n")


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A file that yields no text: ``reason`` is a message key of rule GK001."""

    path: str
    reason: str  # "too-large" | "binary" | "encoding" | "io" | "unsupported"
    detail: str = ""
