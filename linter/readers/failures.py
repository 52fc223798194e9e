"""The GK001 reasons the Word, HTML and PDF readers share: a missing extra, a damaged file."""

from __future__ import annotations

import importlib
from pathlib import Path

from linter.readers.source import Unreadable

MAX_DETAIL = 200


def missing_extra(path: Path, extra: str, *modules: str) -> Unreadable | None:
    """GK001 naming the extra to install when one of ``modules`` cannot be imported.

    Imported here, when a file of the format is read, and never on start-up: checking
    text must not pay for the libraries of other formats.
    """
    for module in modules:
        try:
            importlib.import_module(module)
        except ImportError:
            return Unreadable(str(path), "missing-extra", extra)
    return None


def damaged(path: Path, error: BaseException) -> Unreadable:
    """GK001 for a file its library could not make sense of, saying what it met."""
    return Unreadable(str(path), "damaged", f"{type(error).__name__}: {error}"[:MAX_DETAIL])
