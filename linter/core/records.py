"""``NamedTuple`` as ``typing`` makes it, without compiling source: the same classes
(``tests/test_records.py`` compares them attribute by attribute), in a fraction of the
time. A check's start-up makes some 70 NamedTuple classes at ~70 µs each on the
benchmark VM; ``collections.namedtuple`` spends ~20 µs of that compiling the class's
``__new__`` from text (``eval``) and ``typing`` ~14 µs assigning the class the bases it
already has (which re-derives every slot). Here ``__new__`` is a template compiled once
for each number of fields, given the fields' names (``CodeType.replace``), and the class
is made once, with the class body's attributes in it.

Only the plain form is offered: ``class Point(NamedTuple): x: int; y: int = 0``, with
methods, properties and a docstring; not ``Generic`` bases or the functional form.
"""

import sys
from _collections import _tuplegetter  # what collections.namedtuple makes its fields with
from collections.abc import Callable
from types import CodeType, FunctionType
from typing import Any, _type_check  # the check typing.NamedTuple makes of each annotation

_PROHIBITED = frozenset(
    {"__new__", "__init__", "__slots__", "__getnewargs__", "_fields", "_field_defaults", "_make", "_replace"}
    | {"_asdict", "_source"}
)  # what typing refuses in a class body
_SPECIAL = frozenset({"__module__", "__name__", "__annotations__"})  # what typing does not copy
_TEMPLATES: dict[int, CodeType] = {}  # number of fields → the code of a __new__ taking that many


def _new_code(names: tuple[str, ...]) -> CodeType:
    """The code of ``lambda _cls, a, b: _tuple_new(_cls, (a, b))`` for the field ``names``."""
    count = len(names)
    template = _TEMPLATES.get(count)
    if template is None:
        parameters = ", ".join(f"_{index}" for index in range(count))
        items = parameters + ("," if count == 1 else "")
        source = f"lambda _cls, {parameters}: _tuple_new(_cls, ({items}))"
        template = _TEMPLATES[count] = eval(source, {"__builtins__": {}}).__code__  # noqa: S307 - our text
    return template.replace(co_varnames=("_cls", *names))


def _methods(typename: str, names: tuple[str, ...], defaults: tuple[Any, ...]) -> dict[str, Any]:
    """What ``collections.namedtuple`` puts in the class, with the same code."""
    count = len(names)
    arguments = ", ".join(names) + ("," if count == 1 else "")
    shown = "(" + ", ".join(f"{name}=%r" for name in names) + ")"
    tuple_new = tuple.__new__
    globals_ = {"_tuple_new": tuple_new, "__builtins__": {}, "__name__": f"namedtuple_{typename}"}
    __new__ = FunctionType(_new_code(names), globals_, "__new__")
    __new__.__doc__ = f"Create new instance of {typename}({arguments})"
    __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != count:
            raise TypeError(f"Expected {count} arguments, got {len(result)}")
        return result

    _make.__func__.__doc__ = f"Make a new {typename} object from a sequence or iterable"

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, names, self))
        if kwds:
            raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
        return result

    _replace.__doc__ = f"Return a new {typename} object replacing specified fields with new values"

    def __repr__(self):
        "Return a nicely formatted representation string"
        return self.__class__.__name__ + shown % self

    def _asdict(self):
        "Return a new dict which maps field names to their values."
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        "Return self as a plain tuple.  Used by copy and pickle."
        return tuple(self)

    functions: tuple[Callable, ...] = (__new__, _make.__func__, _replace, __repr__, _asdict, __getnewargs__)
    for function in functions:
        function.__qualname__ = f"{typename}.{function.__name__}"
    return {
        "__doc__": f"{typename}({arguments})",
        "__slots__": (),
        "_fields": names,
        "_field_defaults": dict(zip(names[count - len(defaults) :], defaults)),
        "__new__": __new__,
        "_make": _make,
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__match_args__": names,
        **{
            name: _tuplegetter(index, sys.intern(f"Alias for field number {index}")) for index, name in enumerate(names)
        },
    }


class _NamedTupleMeta(type):
    def __new__(cls, typename: str, bases: tuple[type, ...], body: dict[str, Any]) -> type:
        if bases != (_NamedTuple,):
            raise TypeError("a record class inherits from NamedTuple alone")
        annotations = body.get("__annotations__", {})
        names = tuple(map(sys.intern, annotations))
        defaults = tuple(body[name] for name in names if name in body)
        if any(name in body for name in names[: len(names) - len(defaults)]):
            raise TypeError(f"{typename}: a field without a default follows one with a default")
        if any(not name.isidentifier() or name.startswith("_") for name in names):
            raise ValueError(f"{typename}: field names are identifiers that do not start with an underscore")
        namespace = _methods(sys.intern(typename), names, defaults)
        for key, value in body.items():
            if key in _PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _SPECIAL and key not in names:
                namespace[key] = value
        record = type(typename, (tuple,), namespace)
        record.__module__ = body["__module__"]
        hints = {
            name: _type_check(kind, f"field {name} annotation must be a type") for name, kind in annotations.items()
        }
        record.__annotations__ = record.__new__.__annotations__ = hints
        return record


_NamedTuple = type.__new__(_NamedTupleMeta, "NamedTuple", (), {})


def NamedTuple(typename: str, fields: None = None, /) -> type:  # noqa: N802 - typing's name
    """Used as a base class only, as ``typing.NamedTuple`` is in a class statement."""
    raise TypeError("use it as a base class: class Point(NamedTuple): ...")


NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)  # type: ignore[attr-defined]
