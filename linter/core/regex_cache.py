"""Regular expressions compiled in an earlier run, kept on disk so that start-up does not
compile them again (compiling is a fifth of a cold ``check``: the CJK character
classes alone take ~0.5 ms each).

``seed()`` puts the patterns a previous run used into the ``re`` module's own cache,
built straight from the compiled code stored in the ``regex-*.json`` entry, so every
``re.compile``, ``re.match`` … of the process (the linter's, Lark's, click's) finds
them there. ``record()`` at the end of the run stores the patterns that were compiled
afresh. The stored code is what CPython's regular expression compiler produced for
this exact interpreter (its version and the engine's ``MAGIC`` name the entry); the
engine checks compiled code when it is built and refuses code it could not run (that
pattern is then compiled as usual), the shortest stored pattern is compiled afresh and
must equal the stored one, and anything unexpected (another Python, a damaged entry)
leaves the cache unused: patterns are then compiled as usual. A stored pattern is built
when the run first looks it up (``_SeededCache``), not at start-up. A pattern built from the cache is equal (``==``: same pattern, flags
and code) to one compiled afresh. The entry is JSON, never a pickle, and as trustworthy
as the cache directory (the validated declarations beside it are no more).
"""

from __future__ import annotations

import binascii
import re
import sys
import zlib
from array import array
from typing import Any

from linter.core import cache as disk_cache

MAX_PATTERNS = 400  # below the ``re`` cache's own bound (512), so none is evicted by the seed
MAX_PATTERN_LENGTH = 2000  # longer patterns (user text?) are not worth keeping
MAX_CODE_BYTES = 1 << 20  # inflating a stored pattern's code stops here (ours take a few KB)
MAX_AGE = 3  # a stored pattern not used by this many runs that wrote the entry is dropped
ENTRY_FORMAT = "2"  # each pattern's entry ends with its age (see ``record``)

Key = tuple[type, str, int]  # how the ``re`` module's cache names a compiled pattern
_seeded: dict[Key, list[Any]] = {}  # the entries this run's seed came from, by key
_run = [""]  # the kind of run (the command) whose entry this process reads and writes


def _usable() -> bool:
    """Whether this interpreter's regular expressions are built the way this module knows."""
    import _sre

    return (
        sys.implementation.name == "cpython"
        and isinstance(getattr(re, "_cache", None), dict)
        and hasattr(getattr(re, "_compiler", None), "_code")
        and all(hasattr(_sre, name) for name in ("compile", "MAGIC", "CODESIZE"))
        and array(_CODE).itemsize == _sre.CODESIZE
    )


_CODE = "I"  # the array type of the engine's code words (CODESIZE bytes: 4 on CPython 3.11+)


def _packed(code: list[int]) -> str:
    """Compiled code as stored: its words compressed, in base64 (a fifth of the size of a
    JSON list of numbers, and decoded in a fraction of the time)."""
    return binascii.b2a_base64(zlib.compress(array(_CODE, code).tobytes()), newline=False).decode("ascii")


def _unpacked(text: str) -> list[int]:
    """The code words of a stored pattern; a ValueError when they would inflate past
    ``MAX_CODE_BYTES`` (a damaged or planted entry, not a pattern of ours)."""
    inflater = zlib.decompressobj()
    words = inflater.decompress(binascii.a2b_base64(text), MAX_CODE_BYTES)
    if inflater.unconsumed_tail or not inflater.eof:
        raise ValueError("a stored pattern's code is too long or cut short")
    return array(_CODE, words).tolist()


def _entry_name() -> str:
    import _sre

    return "regex-" + disk_cache.key(sys.version, str(_sre.MAGIC), str(_sre.CODESIZE), ENTRY_FORMAT, _run[0])


def seed(run: str = "") -> None:
    """Make the patterns stored by earlier runs of the same kind (``run``: the command, say)
    part of the ``re`` module's cache: one entry a kind, so that a check does not build the
    patterns only an audit or the help uses. A pattern is built from its stored code when
    it is first looked up (an entry holds the patterns of every file type a command met;
    one run uses some of them); a stored pattern the engine refuses is compiled as usual."""
    _run[0] = run
    if not _usable():
        return
    stored = disk_cache.load(_entry_name())
    if not isinstance(stored, list) or not stored:
        return
    try:
        entries: dict[Key, list[Any]] = {(str, e[0], e[1]): e for e in stored[:MAX_PATTERNS] if isinstance(e[0], str)}
        shortest = min(entries, key=lambda key: len(key[1]))
    except (TypeError, IndexError, KeyError, ValueError):
        return  # not an entry of ours
    first = _built(entries[shortest])
    if first is None or first != re._compiler.compile(shortest[1], shortest[2]):
        return  # a damaged or foreign entry, or an interpreter that builds patterns otherwise
    _seeded.update(entries)
    if hasattr(re, "_cache2"):  # a layout of the cache other than 3.11's: every pattern built now
        for key, entry in entries.items():
            if (compiled := _built(entry)) is not None:
                re._cache.setdefault(key, compiled)
    else:
        re._cache = _SeededCache(re._cache, entries)


class _SeededCache(dict):
    """The ``re`` module's cache (``re._compile`` looks a pattern up as ``_cache[key]``),
    which builds a stored pattern when it is first looked up and not found."""

    def __init__(self, cached: dict, stored: dict[Key, list[Any]]) -> None:
        super().__init__(cached)
        self._stored = dict(stored)

    def __missing__(self, key: Key) -> re.Pattern:
        entry = self._stored.pop(key, None)
        compiled = _built(entry) if entry is not None else None
        if compiled is None:
            raise KeyError(key)
        self[key] = compiled
        return compiled

    def clear(self) -> None:  # re.purge()
        self._stored.clear()
        super().clear()


def _built(entry: list[Any]) -> re.Pattern | None:
    """The pattern of a stored entry, built from its code; None when the engine refuses it."""
    import _sre

    try:
        pattern, _, final_flags, packed, groups, groupindex = entry[:6]
        if not 0 <= groups <= MAX_PATTERN_LENGTH:  # no pattern of ours has more groups than characters
            return None
        indexgroup: list[str | None] = [None] * (groups + 1)
        for name, index in groupindex.items():
            indexgroup[index] = name
        return _sre.compile(pattern, final_flags, _unpacked(packed), groups, groupindex, tuple(indexgroup))
    except (TypeError, ValueError, RuntimeError, IndexError, AttributeError, OverflowError, zlib.error):
        return None


def record() -> None:
    """Store the patterns of this run's ``re`` cache, when some were compiled afresh. A
    stored pattern this run did not use is kept until ``MAX_AGE`` runs that wrote the
    entry have not used it either: the entry holds what the recent runs of the command
    use (every file type a repository's checks meet), not every rule pack it ever met
    (the tests' packs made it ~260 patterns, a millisecond to read at every start)."""
    if not _usable():
        return
    keys = [k for k in list(re._cache) if isinstance(k, tuple) and len(k) == 3 and k[0] is str and _storable(k[1])]
    if all(k in _seeded for k in keys):
        return
    used = set(keys)
    kept = [k for k in _seeded if k not in used and _age(_seeded[k]) < MAX_AGE]
    entries = []
    for key in (kept + keys)[-MAX_PATTERNS:]:
        if key in used:
            entry = _seeded[key][:6] if key in _seeded else _compiled(key[1], key[2])
            age = 0
        else:
            entry, age = _seeded[key][:6], _age(_seeded[key]) + 1
        if entry is not None:
            entries.append([*entry, age])
    disk_cache.store(_entry_name(), entries)
    _seeded.clear()  # what is stored now
    _seeded.update({(str, e[0], e[1]): e for e in entries})


def _age(entry: list[Any]) -> int:
    """How many runs that wrote the entry in a row have not used a stored pattern."""
    age = entry[6] if len(entry) > 6 else 0
    return age if isinstance(age, int) else MAX_AGE


def _storable(pattern: str) -> bool:
    """Whether ``pattern`` can be kept: not too long, and UTF-8 text (no lone surrogates)."""
    if len(pattern) > MAX_PATTERN_LENGTH:
        return False
    try:
        pattern.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _compiled(pattern: str, flags: int) -> list[Any] | None:
    """What the stored entry of ``pattern`` holds: the compiler's output for it."""
    from re import _compiler, _parser

    if flags & re.DEBUG:
        return None
    try:
        parsed = _parser.parse(pattern, flags)
        state = parsed.state
        code = _compiler._code(parsed, flags)
    except (AttributeError, TypeError, re.error):  # a compiler this module does not know: not kept
        return None
    return [pattern, flags, flags | state.flags, _packed(code), state.groups - 1, dict(state.groupdict)]
