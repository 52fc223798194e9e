"""A .docx archive unpacked within bounds, for python-docx to read.

The sizes a zip directory declares are not trusted: a ``document.xml`` that declares
2 KB may inflate to gigabytes, and zipfile's ``read()`` inflates a member in one call.
Each part is read through a bounded stream in small chunks, the whole package within
``MAX_UNPACKED``; pictures, embedded objects and fonts carry no text and are passed on
empty, not even inflated. The result is a stored (uncompressed) archive that
python-docx reads without inflating anything.
"""

from __future__ import annotations

import io
import warnings
import zipfile
import zlib

MAX_UNPACKED = 100 * 1024 * 1024  # the XML of a long report is a few MB
MAX_MEMBERS = 5000

_CHUNK = 1 << 16
# Parts that carry no text: pictures, embedded objects, fonts. Anything else is read.
_BINARY_PARTS = tuple(
    ".png .jpg .jpeg .gif .bmp .tif .tiff .emf .wmf .wdp .svg .bin .ole .odttf .ttf .fntdata .xlsx .docx .pptx .mp4 .wav".split()
)


class TooLarge(Exception):
    """The archive unpacks to more than ``MAX_UNPACKED``."""


def unpacked(data: bytes, whole: bool = False) -> bytes | tuple[str, str]:
    """A stored archive of the package's XML parts (``whole``: of every part, pictures too,
    for a copy that must keep them), or why there is none (GK001 message, detail)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            declared = sum(member.file_size for member in members)
            if declared > MAX_UNPACKED or len(members) > MAX_MEMBERS:
                return "zip-bomb", f"{len(members)} files, {declared / 1048576:.0f} MB"
            return _stored(archive, members, whole)
    except TooLarge:
        return "zip-bomb", f"> {MAX_UNPACKED / 1048576:.0f} MB"
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        OSError,
        ValueError,
        EOFError,
        NotImplementedError,
    ) as error:
        return "damaged", f"not a zip archive: {error}"[:200]


def _stored(archive: zipfile.ZipFile, members: list[zipfile.ZipInfo], whole: bool) -> bytes:
    budget = MAX_UNPACKED
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as stored, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a duplicated name is kept as zipfile reads it: the last
        for member in members:
            content = b""
            if whole or not member.filename.lower().endswith(_BINARY_PARTS):
                content = _bounded(archive, member, budget)
                budget -= len(content)
            stored.writestr(member.filename, content)
    return out.getvalue()


def _bounded(archive: zipfile.ZipFile, member: zipfile.ZipInfo, budget: int) -> bytes:
    """The member's bytes, read in chunks, never more than ``budget`` plus one chunk."""
    chunks = []
    with archive.open(member) as stream:
        while chunk := stream.read(_CHUNK):
            chunks.append(chunk)
            budget -= len(chunk)
            if budget < 0:
                raise TooLarge
    return b"".join(chunks)
