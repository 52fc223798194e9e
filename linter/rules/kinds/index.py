"""What each check kind is (its module, its stage, whether it fixes), known without
importing the kinds: a cache entry named by the ``code_stamp()`` of the code, built by
importing every kind when there is none (another version, changed code, no cache).

The stamp is every source file of the code that loads and validates rules
(``linter/rules``, ``linter/core``, ``linter/format``) by name, size and time of change,
as Python's own bytecode cache judges a source file: changing or reinstalling that
code names another entry, and so does the cache of validated rule files that uses it.
"""

import os
from functools import cache
from importlib import import_module
from typing import Any

from linter.core import cache as disk_cache
from linter.core.record import Record

_LINTER = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
STAMPED = ("rules", "core", "format")  # the folders of linter/ whose code validates rules


class KindInfo(Record):
    module: str  # its module's full name
    stage: str  # "model", "read", "compare", "suppress", "roster" or "internal"
    fixable: bool  # whether its hits carry a safe fix


@cache
def code_stamp() -> str:
    """A name for the code that loads, validates and prepares rules, as it is on disk."""
    parts: list[str] = []
    for folder in STAMPED:
        _stamp_into(os.path.join(_LINTER, folder), parts)
    return disk_cache.key(*parts)


def _stamp_into(folder: str, parts: list[str]) -> None:
    with os.scandir(folder) as entries:
        for entry in sorted(entries, key=lambda e: e.name):
            if entry.is_dir() and entry.name != "__pycache__":
                _stamp_into(entry.path, parts)
            elif entry.name.endswith((".py", ".pyc")):
                status = entry.stat()
                parts.append(f"{entry.path}:{status.st_size}:{status.st_mtime_ns}")


def kind_index(package: str, families: tuple[str, ...]) -> dict[str, KindInfo]:
    """Each kind of the ``families`` folders of ``package``, by name."""
    name = "kinds-" + disk_cache.key(code_stamp(), package, *families)
    index = _parsed(disk_cache.load(name), package)
    if index is None:
        index = _imported(package, families)
        disk_cache.store(name, {kind: list(info._asdict().values()) for kind, info in index.items()})
    return index


def _imported(package: str, families: tuple[str, ...]) -> dict[str, KindInfo]:
    from pkgutil import iter_modules  # imported here: a run with the index cached does without it

    kinds: dict[str, KindInfo] = {}
    for family in families:
        folder = import_module(f"{package}.{family}")
        for info in sorted(iter_modules(folder.__path__), key=lambda i: i.name):
            module = import_module(f"{folder.__name__}.{info.name}")
            if hasattr(module, "KIND"):
                stage, fixable = getattr(module, "STAGE", "model"), getattr(module, "FIXABLE", False)
                kinds[module.KIND] = KindInfo(module.__name__, stage, fixable)
    return kinds


def _parsed(stored: Any, package: str) -> dict[str, KindInfo] | None:
    """The index in a cache entry; None when it is not one (damaged, or not ours)."""
    if not isinstance(stored, dict):
        return None
    try:
        index = {name: KindInfo(*info) for name, info in stored.items()}
    except (TypeError, ValueError, AttributeError):
        return None
    return index if all(_sound(info, package) for info in index.values()) else None


def _sound(info: KindInfo, package: str) -> bool:
    return (
        isinstance(info.module, str)
        and info.module.startswith(package + ".")
        and isinstance(info.stage, str)
        and isinstance(info.fixable, bool)
    )
