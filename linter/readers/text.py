"""Plain text and Markdown: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from linter.readers.crawl import split_header
from linter.readers.source import Source, Unreadable

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.01


def read(path: Path, data: bytes) -> Source | Unreadable:
    shown = str(path)
    decoded = decode(data)
    if isinstance(decoded, str):
        return Unreadable(shown, decoded)
    text, encoding = decoded
    body, metadata = split_header(normalize_newlines(text))
    return Source(shown, body, encoding, metadata) if metadata else Source(shown, body, encoding)


def decode(data: bytes) -> tuple[str, str] | str:
    """``(text, encoding)``, or the GK001 reason why the bytes are not text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _as_text(data, encoding) or "encoding"
    if b"\x00" in data:
        return "binary"
    return _as_text(data, "utf-8") or _as_text(data, "gb18030") or "encoding"


def _as_text(data: bytes, encoding: str) -> tuple[str, str] | str | None:
    """Decoded text; "binary" when it decodes to control characters; None when it does not decode."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    controls = len(_CONTROL.findall(text))
    if text and controls / len(text) > _MAX_CONTROL_SHARE:
        return "binary"
    return text.removeprefix("\ufeff"), encoding


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
