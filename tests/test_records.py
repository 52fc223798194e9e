"""``linter.core.records.NamedTuple`` makes the classes ``typing.NamedTuple`` makes."""

from __future__ import annotations

import copy
import inspect
import pickle
import sys
import types

import pytest

from linter.core import records

SOURCES = {
    "one": "class One(NamedTuple):\n    only: int\n",
    "defaults": (
        "class Point(NamedTuple):\n"
        '    """A point."""\n'
        "    x: int\n"
        "    y: int = 0\n"
        "    label: str | None = None\n"
        "    def moved(self, by: int) -> 'Point':\n"
        "        return self._replace(x=self.x + by)\n"
        "    @property\n"
        "    def total(self) -> int:\n"
        "        return self.x + self.y\n"
        "    @classmethod\n"
        "    def origin(cls) -> 'Point':\n"
        "        return cls(0)\n"
        "    LIMIT = 3\n"
    ),
    "strings": "class Later(NamedTuple):\n    items: 'tuple[Later, ...]' = ()\n    name: 'str' = ''\n",
    "empty": "class Nothing(NamedTuple):\n    pass\n",
}

ATTRIBUTES = (
    "__name__",
    "__qualname__",
    "__module__",
    "__doc__",
    "__slots__",
    "_fields",
    "_field_defaults",
    "__match_args__",
    "__annotations__",
    "__mro__",
)


def _made(source: str, base, module: str) -> type:
    namespace = {"NamedTuple": base, "__name__": module}
    exec(compile(source, module, "exec", dont_inherit=True), namespace)  # noqa: S102 - the test's own classes
    (made,) = [v for k, v in namespace.items() if isinstance(v, type) and k != "NamedTuple"]
    sys.modules.setdefault(module, types.ModuleType(module)).__dict__[made.__name__] = made
    return made


def _pair(name: str) -> tuple[type, type]:
    from typing import NamedTuple

    return (
        _made(SOURCES[name], NamedTuple, f"records_typing_{name}"),
        _made(SOURCES[name], records.NamedTuple, f"records_ours_{name}"),
    )


def _comparable(value):
    """Annotations and MROs compared by what they name."""
    if isinstance(value, tuple) and value and all(isinstance(v, type) for v in value):
        return tuple(v.__name__ for v in value)
    if isinstance(value, dict):
        return {k: repr(v) for k, v in value.items()}
    return value


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_the_class_is_typings(name):
    theirs, ours = _pair(name)
    for attribute in ATTRIBUTES:
        expected, got = getattr(theirs, attribute), getattr(ours, attribute)
        if attribute == "__module__":
            expected, got = expected.replace("typing", ""), got.replace("ours", "")
        assert _comparable(got) == _comparable(expected), attribute
    assert type(ours) is type(theirs) is type
    assert set(vars(ours)) == set(vars(theirs))
    assert inspect.signature(ours) == inspect.signature(theirs)
    assert ours.__new__.__defaults__ == theirs.__new__.__defaults__
    assert ours.__new__.__doc__ == theirs.__new__.__doc__
    assert ours.__new__.__qualname__ == theirs.__new__.__qualname__
    assert ours.__new__.__code__.co_varnames == theirs.__new__.__code__.co_varnames
    assert _comparable(ours.__new__.__annotations__) == _comparable(theirs.__new__.__annotations__)
    for field in ours._fields:
        assert getattr(ours, field).__doc__ == getattr(theirs, field).__doc__
    for method in ("_make", "_replace", "_asdict", "__repr__", "__getnewargs__"):
        assert getattr(ours, method).__doc__ == getattr(theirs, method).__doc__, method
        assert getattr(ours, method).__qualname__ == getattr(theirs, method).__qualname__, method


def test_instances_behave_alike():
    theirs, ours = _pair("defaults")
    for cls in (theirs, ours):
        point = cls(1, label="a")
        assert point == (1, 0, "a") and hash(point) == hash((1, 0, "a"))
        assert repr(point) == "Point(x=1, y=0, label='a')"
        assert point.moved(2) == cls(3, 0, "a") and point.total == 1 and cls.origin() == (0, 0, None)
        assert point._asdict() == {"x": 1, "y": 0, "label": "a"}
        assert cls._make([5, 6, None]) == (5, 6, None)
        assert copy.copy(point) == point and copy.deepcopy(point) == point
        assert pickle.loads(pickle.dumps(point)) == point
        x, y, label = point
        assert (x, y, label) == (1, 0, "a") and cls.LIMIT == 3
        with pytest.raises(AttributeError):
            point.x = 2
        with pytest.raises(TypeError, match="Expected 3 arguments, got 2"):
            cls._make([1, 2])
        with pytest.raises(ValueError, match="unexpected field names"):
            point._replace(z=1)
        with pytest.raises(TypeError):
            cls()
        with pytest.raises(TypeError):
            cls(1, 2, 3, 4)
        match point:
            case cls(x=1, y=0):
                pass
            case _:
                pytest.fail("no match")


def test_what_typing_refuses_is_refused():
    with pytest.raises(TypeError):
        _made("class Bad(NamedTuple):\n    a: int = 1\n    b: int\n", records.NamedTuple, "records_bad")
    with pytest.raises(AttributeError):
        _made("class Bad(NamedTuple):\n    a: int\n    def _asdict(self): pass\n", records.NamedTuple, "records_bad")
    with pytest.raises(ValueError):
        _made("class Bad(NamedTuple):\n    _a: int\n", records.NamedTuple, "records_bad")
    with pytest.raises(TypeError):
        records.NamedTuple("Point", [("x", int)])
