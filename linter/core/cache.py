"""Where xxgk-lint keeps what it can rebuild: validated declarations, as JSON (never a
pickle or anything else that could run code when read).

``$XXGK_LINT_CACHE_DIR``, else ``$XDG_CACHE_HOME/xxgk-lint``, else
``~/.cache/xxgk-lint``; ``XXGK_LINT_NO_CACHE=1`` turns it off. Entries are named by
a hash of everything they were built from, so a changed rule file or a new version
never meets a stale entry. Failing to read or write is ignored: the cache only
saves time, it never changes a result. Each time an entry is written, the entries no
run has written for ``STALE_DAYS`` (and temporary files a stopped writer left) are
removed: only files named as this module names them, whatever else the folder holds.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from pathlib import Path
from typing import Any

from linter import __version__

MAX_ENTRY_BYTES = 32 << 20  # a larger entry was not written by us: it is not read
STALE_DAYS = 30  # an entry not written again for this long is removed when another is written
ABANDONED_SECONDS = 3600  # a temporary file this old was left by a writer that was stopped
TEMPORARY = (".xxgk-lint-", ".tmp")  # the prefix and suffix of an entry being written
_ENTRY_NAME = r"[a-z]+-[0-9a-f]{32}\.(?:json|lark)"  # ``key()``'s names, after their kind


def directory() -> Path | None:
    if os.environ.get("XXGK_LINT_NO_CACHE"):
        return None
    if configured := os.environ.get("XXGK_LINT_CACHE_DIR"):
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "xxgk-lint"


def key(*parts: bytes | str) -> str:
    """A name for an entry built from ``parts`` (the version is always one of them)."""
    digest = hashlib.sha256(__version__.encode())
    for part in parts:
        digest.update(part.encode() if isinstance(part, str) else part)
        digest.update(b"\0")
    return digest.hexdigest()[:32]


def entry_path(name: str) -> Path | None:
    """Where an entry would live (for libraries that read and write their own files)."""
    folder = directory()
    if folder is None:
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder / name


def load(name: str) -> Any | None:
    folder = directory()
    if folder is None:
        return None
    try:
        # Bytes, not text: JSON is UTF-8, and decoding it through a text stream takes
        # several times as long (a few ms for the declarations of a run).
        with open(folder / f"{name}.json", "rb") as entry:
            data = entry.read(MAX_ENTRY_BYTES + 1)
        return json.loads(data) if len(data) <= MAX_ENTRY_BYTES else None
    except (OSError, ValueError, RecursionError):
        return None


def store(name: str, value: Any) -> None:
    path = entry_path(f"{name}.json")
    if path is None:
        return
    import tempfile  # imported here: only a run that writes the cache needs it

    try:
        prefix, suffix = TEMPORARY
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, delete=False, prefix=prefix, suffix=suffix
        ) as out:
            try:
                json.dump(value, out, ensure_ascii=False)
            except BaseException:  # interrupted or unwritable: no half-written file left behind
                out.close()
                os.unlink(out.name)
                raise
        os.replace(out.name, path)  # atomic: concurrent runs never read half a file
    except OSError:
        return
    prune(path.parent)


def prune(folder: Path) -> None:
    """Remove from ``folder`` the entries not written for ``STALE_DAYS`` and the temporary
    files older than ``ABANDONED_SECONDS``; any other file stays."""
    now = time.time()
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if re.fullmatch(_ENTRY_NAME, entry.name):
                    age = STALE_DAYS * 86400
                elif entry.name.startswith(TEMPORARY[0]) and entry.name.endswith(TEMPORARY[1]):
                    age = ABANDONED_SECONDS
                else:
                    continue
                try:
                    if now - entry.stat(follow_symlinks=False).st_mtime > age:
                        os.unlink(entry.path)
                except OSError:
                    continue  # removed by another run meanwhile, or not ours to remove
    except OSError:
        pass
