"""Stage 6: findings → what users read. One module per format, each a ``render`` function."""

from collections.abc import Callable
from typing import NamedTuple

from ..findings import Finding
from ..ruleset import Rule


class Context(NamedTuple):
    """What a format may need besides the findings."""

    lang: str = "zh"
    rules: tuple[Rule, ...] = ()  # every rule of the run, for formats that describe them
    files: tuple[str, ...] = ()  # every file checked, findings or not


Renderer = Callable[[list[Finding], Context], str]

from . import as_github, as_json, as_junit, as_sarif, as_text  # noqa: E402 - they import Context

FORMATS: dict[str, Renderer] = {
    "text": as_text.render,
    "json": as_json.render,
    "sarif": as_sarif.render,
    "github": as_github.render,
    "junit": as_junit.render,
}
