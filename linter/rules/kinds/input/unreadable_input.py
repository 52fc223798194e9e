"""GK001: the file gave no text. Reported by the reading stage, before any parsing."""

from __future__ import annotations

from collections.abc import Iterator

from linter.core.findings import Hit
from linter.readers.source import Unreadable
from linter.rules.kinds.places import START

KIND = "unreadable-input"
STAGE = "read"
_REASONS = (
    "default",
    "too-large",
    "binary",
    "encoding",
    "io",
    "unsupported",
    "missing-extra",
    "damaged",
    "zip-bomb",
    "legacy-office",
    "conversion-failed",
    "encrypted",
    "too-many-pages",
    "pdf-no-text",
    "pdf-garbled",
    "not-a-file",
    "too-complex",
    "timeout",
)
MESSAGES = {reason: ("detail",) for reason in _REASONS}


def check(unreadable: Unreadable, config: object) -> Iterator[Hit]:
    message = unreadable.reason if unreadable.reason in MESSAGES else "default"
    yield Hit(START, {"detail": unreadable.detail}, message=message)
