"""``Record``: a class of named, read-only fields declared like a NamedTuple's, for values
that are never used as tuples (never unpacked, indexed, added or ordered).

Making a NamedTuple class compiles a ``__new__`` from source (``eval``), and with
``from __future__ import annotations`` each field's annotation too: ~90 µs a class, ~7 ms
of a cold ``check`` for its ~70 classes. A ``Record`` class is a plain class with
``__slots__``, made in a fraction of that with no source compiled. What a NamedTuple
gives besides being a tuple stays: keyword and positional construction with defaults,
``==`` and a hash over the fields, the repr, ``_replace``, ``_fields``, ``_asdict``, and
``match`` by position; a ``cached_property`` works as on a frozen dataclass. Type checkers read the class as a frozen dataclass
(``dataclass_transform``). Records made in hot loops, or hashed often, stay NamedTuples:
a Record is built by one generic ``__init__`` and hashed through a Python method, both
slower per object than a NamedTuple's.
"""

from __future__ import annotations

from functools import cached_property
from operator import attrgetter
from typing import Any, dataclass_transform

_NO_DEFAULT = object()
_set = object.__setattr__


@dataclass_transform(frozen_default=True)
class RecordType(type):
    """Makes each field annotated in a class body a slot, its value there its default."""

    def __new__(mcs, name: str, bases: tuple[type, ...], namespace: dict[str, Any]) -> RecordType:
        fields = tuple(namespace.get("__annotations__", ()))
        if fields and any(getattr(base, "_fields", ()) for base in bases):
            raise TypeError(f"{name}: a record's fields are all declared in one class")
        defaults = {field: namespace.pop(field) for field in fields if field in namespace}
        if any(field in defaults for field in fields[: len(fields) - len(defaults)]):
            raise TypeError(f"{name}: a field without a default follows one with a default")
        if fields or "__slots__" not in namespace:
            # A cached_property keeps its value in the instance's __dict__: a class with one has it.
            cached = any(isinstance(value, cached_property) for value in namespace.values())
            namespace["__slots__"] = (*fields, "__dict__") if cached else fields
        if fields:
            values = attrgetter(*fields) if len(fields) > 1 else lambda record: (getattr(record, fields[0]),)
            namespace.update(_fields=fields, _field_defaults=defaults, __match_args__=fields)
            namespace["_values_of"] = staticmethod(values)  # a record → its values, in C
        return super().__new__(mcs, name, bases, namespace)


class Record(metaclass=RecordType):
    """Named read-only fields; see the module's docstring."""

    __slots__ = ()
    _fields = ()  # the fields' names, in order (not annotated: an annotation makes a field)
    _field_defaults = {}  # each field with a default → it (set by RecordType for each record class)

    def __init__(self, *values: Any, **named: Any) -> None:
        fields = self._fields
        if len(values) > len(fields):
            raise TypeError(f"{type(self).__name__} takes {len(fields)} fields, not {len(values)}")
        for field, value in zip(fields, values):
            _set(self, field, value)
        for field in fields[len(values) :]:
            value = named.pop(field, _NO_DEFAULT)
            if value is _NO_DEFAULT:
                value = self._field_defaults.get(field, _NO_DEFAULT)
                if value is _NO_DEFAULT:
                    raise TypeError(f"{type(self).__name__}: no value for the field {field!r}")
            _set(self, field, value)
        if named:
            raise TypeError(f"{type(self).__name__} has no field {', '.join(map(repr, named))}")

    @staticmethod
    def _values_of(record: Record) -> tuple[Any, ...]:  # each record class has its own
        return ()

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._values_of(self) == self._values_of(other)

    def __hash__(self) -> int:
        return hash(self._values_of(self))

    def __repr__(self) -> str:
        shown = ", ".join(f"{field}={value!r}" for field, value in zip(self._fields, self._values_of(self)))
        return f"{type(self).__name__}({shown})"

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__}.{name} cannot be changed (see _replace)")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__}.{name} cannot be deleted")

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), self._values_of(self)  # pickled as its values, unpickled through __init__

    def _replace(self, **changes: Any) -> Any:
        """A copy with ``changes`` made (as ``NamedTuple._replace``)."""
        return type(self)(**{**self._asdict(), **changes})

    def _asdict(self) -> dict[str, Any]:
        return dict(zip(self._fields, self._values_of(self)))
