"""The GK001 reasons the Word, HTML and PDF readers share: a missing extra, a damaged file."""

from __future__ import annotations

import importlib
from pathlib import Path

from linter.readers.source import Unreadable

MAX_DETAIL = 200


def missing_extra(path: Path, extra: str, *modules: str) -> Unreadable | None:
    """GK001 with the command that installs xxgk-lint's ``extra`` when one of ``modules``
    cannot be imported (the command depends on how xxgk-lint was installed)."""
    if _importable(modules):
        return None
    from linter.readers.install import install_command

    return Unreadable(str(path), "missing-extra", install_command(extra))


def missing_library(path: Path, requirement: str, *modules: str) -> Unreadable | None:
    """GK001 with the command that installs ``requirement``, a dependency of xxgk-lint
    that is missing from a broken installation, when one of ``modules`` cannot be imported."""
    return None if _importable(modules) else Unreadable(str(path), "missing-extra", f"pip install '{requirement}'")


def _importable(modules: tuple[str, ...]) -> bool:
    """Imported here, when a file of the format is read, and never on start-up: checking
    text must not pay for the libraries of other formats."""
    try:
        for module in modules:
            importlib.import_module(module)
    except ImportError:
        return False
    return True


def damaged(path: Path, error: BaseException) -> Unreadable:
    """GK001 for a file its library could not make sense of, saying what it met."""
    return Unreadable(str(path), "damaged", f"{type(error).__name__}: {error}"[:MAX_DETAIL])
