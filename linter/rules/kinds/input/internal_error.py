"""GK000: checking the file failed on a bug of xxgk-lint; the other files are checked."""

from __future__ import annotations

from collections.abc import Iterator

from linter.core.failure import Failure
from linter.core.findings import Hit
from linter.rules.kinds.places import START

KIND = "internal-error"
STAGE = "internal"
MESSAGES = {"default": ("stage", "error", "detail")}


def check(failure: Failure, config: object) -> Iterator[Hit]:
    yield Hit(START, {"stage": failure.stage, "error": failure.error, "detail": failure.detail})
