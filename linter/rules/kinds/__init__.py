"""Check kinds: the Python behind the YAML rules, one small module each, in a folder per family
(``input``, ``suppression``, ``structure``, ``content``, ``dates``, ``tables``, ``compare``); every
module of a family folder that has a ``KIND`` is registered.

A rule names its check kind in ``check:``. A check module has ``KIND`` (that name),
``PARAMS`` (JSON Schema properties of its params, validated when rules load),
``MESSAGES`` (each message key its hits may use → the placeholder names that message is
given: a rule's templates may name no other), optionally
``prepare(params, context)`` (compile and validate once against the format in the
``Context``; a ValueError names the field), and
``check(model, config)`` yielding ``Hit``s. ``STAGE = "read"`` marks a check of
files that gave no text: it receives the ``Unreadable`` instead of a model; ``STAGE = "compare"``
a cross-report check (GK5xx): it receives a ``Comparison`` (see ``linter.model.digest``);
``STAGE = "suppress"`` a check of suppressions: it receives their ``Outcome``;
``STAGE = "roster"`` a check of a whole run against a roster: it receives the
roster's ``Unreported`` organs.

``KINDS`` maps each name to its module, imported when first asked for: what a kind is
(its module, stage, and whether it fixes) is kept in the cache under the ``code_stamp()``
of the code, so a run imports only the kinds it runs (see ``kinds.index``).
"""

from collections.abc import Iterator, Mapping
from importlib import import_module
from types import ModuleType

from linter.rules.kinds.index import KindInfo, code_stamp, kind_index

__all__ = ["FAMILIES", "KINDS", "KindInfo", "code_stamp"]

FAMILIES = ("input", "suppression", "structure", "content", "dates", "tables", "compare", "roster")


class Kinds(Mapping[str, ModuleType]):
    """Kind name → its check module, imported on first use; ``info`` without importing it."""

    def __init__(self) -> None:
        self._index: dict[str, KindInfo] | None = None
        self._modules: dict[str, ModuleType] = {}

    def info(self, name: str) -> KindInfo:
        """What kind ``name`` is (a KeyError when there is none), without importing it."""
        return self._known()[name]

    def __getitem__(self, name: str) -> ModuleType:
        module = self._modules.get(name)
        if module is None:
            module = self._modules[name] = import_module(self._known()[name].module)
        return module

    def __contains__(self, name: object) -> bool:
        return name in self._known()

    def __iter__(self) -> Iterator[str]:
        return iter(self._known())

    def __len__(self) -> int:
        return len(self._known())

    def _known(self) -> dict[str, KindInfo]:
        if self._index is None:
            self._index = kind_index(__name__, FAMILIES)
        return self._index


KINDS = Kinds()
