"""What every reader produces: the report's text, or why there is none."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple


class Source(NamedTuple):
    """A report's text with ``\\n`` line ends, and facts the container carried."""

    path: str
    text: str
    encoding: str
    metadata: Mapping[str, str] = MappingProxyType({})

    def lines(self) -> list[str]:
        # Not str.splitlines(): it also splits at form feeds, which pdftotext leaves
        # at page starts, and line numbers must match what editors show.
        return self.text.split("\n")


class Unreadable(NamedTuple):
    """A file that yields no text: ``reason`` is a message key of rule GK001."""

    path: str
    reason: str  # "too-large" | "binary" | "encoding" | "io" | "unsupported"
    detail: str = ""
