"""Mutations of report text for fuzzing the whole pipeline, and the properties every
run must keep: no exception and no GK000, positions inside the text, the same
findings on a second run, JSON that parses, and a bounded time.

Used by the fast property-based tests (tests/test_fuzz.py, driven by hypothesis) and
the long profile (bench/fuzz.py, driven by a seed)."""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable
from pathlib import Path

from linter.core.findings import Finding
from linter.output import Context, renderer
from linter.run.engine import Linter

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
TIME_BOUND = 10.0  # seconds of CPU time one case may take (a report takes milliseconds)
MAX_CHARS = 400_000  # mutated text is cut here, so that repetition stays bounded

# Text that reports are made of, for the mutations to splice in.
PIECES = (
    "一、总体情况",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "（一）",
    "(二)",
    "九十九、",
    "第二十条第（一）项",
    "总计",
    "| 0 | 1 | 2 |",
    "|---|---|",
    "<!-- xxgk-lint: disable GK1 -->",
    "<!-- xxgk-lint: disable-next-line GK104 -->",
    "<!-- xxgk-lint: enable GK1 -->",
    "<!--",
    "-->",
    "2023年1月1日至2023年12月31日",
    "二〇二三年",
    "\f",
    "\t",
    "\r",
    "\x0b",
    "\u2028",
    "\ufeff",
    "１２３",
    "－５",
    "1,295",
    "2167.0875万元",
    "/",
    "——",
)


def base_texts() -> list[str]:
    """The bundled samples and the corpus's text files (when it is there)."""
    paths = sorted((ROOT / "samples").glob("*.txt"))
    if CORPUS.is_dir():
        paths += sorted(CORPUS.glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def _lines(text: str) -> list[str]:
    return text.split("\n")


def flip_bytes(text: str, rng: random.Random) -> str:
    data = bytearray(text.encode("utf-8", "surrogatepass"))
    for _ in range(rng.randint(1, 8)):
        if data:
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    return data.decode("utf-8", "surrogateescape")  # broken sequences become lone surrogates


def delete_lines(text: str, rng: random.Random) -> str:
    lines = _lines(text)
    start = rng.randrange(len(lines))
    del lines[start : start + rng.randint(1, 20)]
    return "\n".join(lines)


def duplicate_lines(text: str, rng: random.Random) -> str:
    lines = _lines(text)
    start = rng.randrange(len(lines))
    chunk = lines[start : start + rng.randint(1, 10)]
    lines[start:start] = chunk * rng.randint(1, 5)
    return "\n".join(lines)


def shuffle_lines(text: str, rng: random.Random) -> str:
    lines = _lines(text)
    start = rng.randrange(len(lines))
    window = lines[start : start + rng.randint(2, 30)]
    rng.shuffle(window)
    lines[start : start + len(window)] = window
    return "\n".join(lines)


def swap_width(text: str, rng: random.Random) -> str:
    """Spaces to tabs or full-width spaces, ASCII to full-width forms and back."""
    swaps = [(" ", "\t"), (" ", "\u3000"), ("\t", " "), ("(", "（"), ("）", ")"), (",", "，"), ("、", ".")]
    swaps += [(d, chr(0xFF10 + int(d))) for d in "0123456789"]
    old, new = rng.choice(swaps)
    if rng.random() < 0.5:
        return text.replace(old, new)
    at = text.find(old, rng.randrange(len(text) + 1))
    return text if at < 0 else text[:at] + new + text[at + len(old) :]


def random_unicode(text: str, rng: random.Random) -> str:
    def char() -> str:
        kind = rng.random()
        if kind < 0.3:
            return chr(rng.randrange(0x20))  # control characters
        if kind < 0.4:
            return chr(rng.randrange(0xD800, 0xE000))  # lone surrogates
        if kind < 0.6:
            return chr(rng.randrange(0x4E00, 0x9FFF))
        return chr(rng.randrange(0x110000))

    return _insert(text, "".join(char() for _ in range(rng.randint(1, 40))), rng)


def huge_number(text: str, rng: random.Random) -> str:
    digits = "".join(rng.choice("0123456789") for _ in range(rng.choice((20, 31, 400, 4301, 9000))))
    return _insert(text, rng.choice(("", " ", "\t", "-")) + digits + rng.choice(("", "万元", ".5", " ")), rng)


def deep_repetition(text: str, rng: random.Random) -> str:
    piece = rng.choice(PIECES) + rng.choice(("", "\n", "。", " "))
    return _insert(text, piece * rng.choice((10, 100, 1000, 5000)), rng)


def splice_piece(text: str, rng: random.Random) -> str:
    return _insert(text, rng.choice(PIECES), rng)


def _insert(text: str, insert: str, rng: random.Random) -> str:
    at = rng.randrange(len(text) + 1)
    return text[:at] + insert + text[at:]


MUTATIONS: tuple[Callable[[str, random.Random], str], ...] = (
    flip_bytes,
    delete_lines,
    duplicate_lines,
    shuffle_lines,
    swap_width,
    random_unicode,
    huge_number,
    deep_repetition,
    splice_piece,
)


def mutate(text: str, rng: random.Random, count: int | None = None) -> str:
    """``text`` after ``count`` (1–4 when None) random mutations, cut to MAX_CHARS."""
    for _ in range(count or rng.randint(1, 4)):
        text = rng.choice(MUTATIONS)(text, rng)[:MAX_CHARS]
    return text


def problems(linter: Linter, text: str, bound: float = TIME_BOUND) -> list[str]:
    """What is wrong with linting ``text``: empty when every property holds."""
    start = time.process_time()
    try:
        first = linter.lint_text(text, "fuzz.txt")
        elapsed = time.process_time() - start
        second = linter.lint_text(text, "fuzz.txt")
        rendered = renderer("json")(first, Context())
    except Exception as error:  # the engine should never let one escape
        return [f"exception: {type(error).__name__}: {error}"[:300]]
    found = [f"GK000: {f.message}"[:300] for f in first if f.rule == "GK000"]
    if elapsed > bound:
        found.append(f"took {elapsed:.1f} s")
    if first != second:
        found.append("a second run gave other findings")
    found += _outside(first, text)
    try:
        if len(json.loads(rendered)) != len(first):
            found.append("the JSON output has another number of findings")
    except ValueError as error:
        found.append(f"invalid JSON: {error}")
    return found


def _outside(findings: list[Finding], text: str) -> list[str]:
    lines = _lines(text)
    wrong = []
    for f in findings:
        s = f.span
        if not (1 <= s.line <= s.end_line <= len(lines) and s.column >= 1 and s.end_column >= 1):
            wrong.append(f"{f.rule} at {tuple(s)} is outside the text ({len(lines)} lines)")
        elif s.column > len(lines[s.line - 1]) + 1 or s.end_column > len(lines[s.end_line - 1]) + 1:
            wrong.append(f"{f.rule} at {tuple(s)} is past the end of its line")
    return wrong


def shrink(linter: Linter, text: str, attempts: int = 200) -> str:
    """A smaller text that still has a problem: chunks of lines, then of characters, removed
    while the problem stays (bounded: at most ``attempts`` runs)."""

    def fails(candidate: str) -> bool:
        nonlocal attempts
        attempts -= 1
        return bool(problems(linter, candidate))

    for split, join in ((_lines, "\n".join), (list, "".join)):
        parts = split(text)
        size = max(len(parts) // 2, 1)
        while size >= 1 and attempts > 0:
            index, removed = 0, False
            while index < len(parts) and attempts > 0:
                candidate = parts[:index] + parts[index + size :]
                if candidate and fails(join(candidate)):
                    parts, removed = candidate, True
                else:
                    index += size
            if not removed:
                size //= 2
        text = join(parts)
    return text
