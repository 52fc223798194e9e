"""Literal words for a regular expression's alternation, longest first (so that it takes
the whole of a word that contains another), and words of the same length in text order:
the same words give the same pattern in every run, whatever order a set held them in
(which changes from run to run), so its compiled code is found in ``core.regex_cache``."""

from __future__ import annotations

from collections.abc import Iterable


def longest_first(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(words, key=lambda word: (-len(word), word)))
