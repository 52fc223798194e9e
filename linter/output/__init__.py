"""Stage 6: findings → what users read. One module per format, each a ``render`` function."""

from collections.abc import Callable

from ..findings import Finding
from . import as_json, as_text

Renderer = Callable[[list[Finding], str], str]

FORMATS: dict[str, Renderer] = {
    "text": as_text.render,
    "json": as_json.render,
}
