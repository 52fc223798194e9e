"""The pip command that installs what a reader is missing, for how xxgk-lint itself was
installed: from a clone (editable or not), from a wheel file, or from a package index.

pip records a clone or a file it installed from in the distribution's
``direct_url.json`` (PEP 610); an index install has none.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import metadata
from urllib.parse import unquote, urlparse

DISTRIBUTION = "xxgk-lint"


def install_command(extra: str) -> str:
    """``pip install …`` adding the ``extra`` of xxgk-lint, as this installation can."""
    origin, editable = _origin()
    target = f"{origin}[{extra}]"
    return f"pip install {'-e ' if editable else ''}'{target}'"


@cache
def _origin() -> tuple[str, bool]:
    """(what pip installed xxgk-lint from, whether editably): a folder, a wheel, or its name."""
    try:
        recorded = metadata.distribution(DISTRIBUTION).read_text("direct_url.json")
    except metadata.PackageNotFoundError:
        recorded = None
    if not recorded:
        return DISTRIBUTION, False
    try:
        direct = json.loads(recorded)
        url = urlparse(direct["url"])
    except (ValueError, KeyError, TypeError):
        return DISTRIBUTION, False
    if url.scheme != "file":
        return DISTRIBUTION, False
    editable = bool(direct.get("dir_info", {}).get("editable"))
    return unquote(url.path), editable
