"""A rule's params as its check kind prepares them, made when first asked for."""

from collections.abc import Callable
from typing import Any


class Prepared:
    """A rule's params as its check kind prepared them: at once when its rule file is
    validated, else (the file validated before, with this code and format) when first used."""

    __slots__ = ("_prepare", "_value")

    def __init__(self, value: Any = None, prepare: Callable[[], Any] | None = None) -> None:
        self._value, self._prepare = value, prepare

    @property
    def value(self) -> Any:
        if self._prepare is not None:
            self._value, self._prepare = self._prepare(), None
        return self._value
