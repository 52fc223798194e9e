"""Stage 6: findings → what users read. One module per format, each a ``render`` function,
imported only when its format is asked for."""

from collections.abc import Callable
from importlib import import_module

from linter.core.findings import Finding
from linter.core.record import Record
from linter.rules.declarations import Rule


class Context(Record):
    """What a format may need besides the findings."""

    lang: str = "zh"
    rules: tuple[Rule, ...] = ()  # every rule of the run, for formats that describe them
    files: tuple[str, ...] = ()  # every file checked, findings or not


Renderer = Callable[[list[Finding], Context], str]

FORMATS = ("text", "json", "sarif", "github", "junit")


def renderer(name: str) -> Renderer:
    return import_module(f"{__name__}.as_{name}").render
