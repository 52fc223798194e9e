"""Stage 6: findings → what users read. One module per format, each a ``stream`` function
that writes the findings as they come (a run's are never all held) and a ``render`` that
gives them as one text, imported only when its format is asked for."""

from collections.abc import Callable, Iterable
from importlib import import_module

from linter.core.findings import Finding
from linter.core.record import Record
from linter.rules.declarations import Rule

Write = Callable[[str], None]


class Context(Record):
    """What a format may need besides the findings."""

    lang: str = "zh"
    rules: Iterable[Rule] = ()  # every rule of the run, for formats that describe them: read after the first finding
    files: Iterable[str] = ()  # every file checked, findings or not (read once, in order)


Renderer = Callable[[list[Finding], Context], str]
Streamer = Callable[[Iterable[Finding], Context, Write], None]

FORMATS = ("text", "json", "sarif", "github", "junit")


def renderer(name: str) -> Renderer:
    return import_module(f"{__name__}.as_{name}").render


def streamer(name: str) -> Streamer:
    return import_module(f"{__name__}.as_{name}").stream


def rendered(stream: Streamer, findings: Iterable[Finding], context: Context) -> str:
    """What ``stream`` writes, as one text."""
    pieces: list[str] = []
    stream(findings, context, pieces.append)
    return "".join(pieces)
