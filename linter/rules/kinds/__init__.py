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
"""

from importlib import import_module
from pkgutil import iter_modules
from types import ModuleType

FAMILIES = ("input", "suppression", "structure", "content", "dates", "tables", "compare", "roster")


def _discover() -> dict[str, ModuleType]:
    kinds: dict[str, ModuleType] = {}
    for family in FAMILIES:
        package = import_module(f"{__name__}.{family}")
        for info in sorted(iter_modules(package.__path__), key=lambda i: i.name):
            module = import_module(f"{package.__name__}.{info.name}")
            if hasattr(module, "KIND"):
                kinds[module.KIND] = module
    return kinds


KINDS: dict[str, ModuleType] = _discover()
