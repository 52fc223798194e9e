"""Configuration: ``.xxgk-lint.yaml``, or ``[tool.xxgk-lint]`` in ``pyproject.toml``.

Found from each linted file's folder upward; the closest file wins, without merging
(as in ruff); ``--config`` names one for every file. Validated against
``rules/config.schema.json``; rule ids are checked against the rules once those (and
the packs the configuration names) are loaded. Command-line options override it.
"""

import fnmatch
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from linter.core.errors import DeclarationError
from linter.core.record import Record
from linter.core.resources import RULES_DIR
from linter.core.yamlfile import load_validated, validate_cached

CONFIG_FILE = ".xxgk-lint.yaml"
PYPROJECT = "pyproject.toml"
SCHEMA = RULES_DIR / "config.schema.json"
# A line that may open our table: [tool.xxgk-lint…], [tool], tool = {…} or a dotted
# tool.xxgk-lint key. A pyproject.toml that only names xxgk-lint (as a dependency) is
# not parsed: the TOML parser costs a cold start a few milliseconds.
_MAY_CONFIGURE = re.compile(r"""^\s*(?:\[\s*)*["']?tool["']?\s*(?:\]|=|\.\s*["']?xxgk-lint)""", re.MULTILINE)


class Config(Record):
    path: Path | None = None  # where it was read; None for the defaults
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    severity: Mapping[str, str] = MappingProxyType({})
    rules: tuple[Path, ...] = ()  # absolute
    lang: str | None = None
    year: int | None = None
    fail_on: str | None = None
    exclude: tuple[str, ...] | None = None  # None: the defaults
    extend_exclude: tuple[str, ...] = ()
    timeout: float | None = None  # seconds a file may take

    def ignored_for(self, file: Path) -> tuple[str, ...]:
        """The rules ``per-file-ignores`` turns off for ``file``."""
        if not self.per_file_ignores:
            return ()
        relative = _relative(file, self.path.parent)
        return tuple(rule for glob, rules in self.per_file_ignores if fnmatch.fnmatch(relative, glob) for rule in rules)

    def check_ids(self, known: Iterable[str]) -> None:
        """Every id or prefix names a rule; every severity key is a rule id."""
        known = tuple(known)
        named = [("select", i, p) for i, p in enumerate(self.select)] + [
            ("ignore", i, p) for i, p in enumerate(self.ignore)
        ]
        named += [
            (f"per-file-ignores.{glob}", i, p) for glob, rules in self.per_file_ignores for i, p in enumerate(rules)
        ]
        for field, index, prefix in named:
            if not any(rule.startswith(prefix) for rule in known):
                raise DeclarationError(str(self.path), f"'{field}[{index}]'", f"no rule matches '{prefix}'")
        for rule in self.severity:
            if rule not in known:
                raise DeclarationError(str(self.path), f"'severity.{rule}'", f"no rule '{rule}'")


def configuration_in(folder: Path) -> Path | None:
    """The configuration file in ``folder`` itself, if any (``discovery.Closest`` looks above)."""
    for candidate in (folder / CONFIG_FILE, folder / PYPROJECT):
        if candidate.is_file() and (candidate.name == CONFIG_FILE or _tool_table(candidate) is not None):
            return candidate
    return None


def load(path: Path) -> Config:
    path = path.resolve()
    if path.name == PYPROJECT or path.suffix == ".toml":
        data = _tool_table(path)
        if data is None:
            raise DeclarationError(str(path), "", "no [tool.xxgk-lint] table")
        validate_cached(path, data, SCHEMA)
    else:
        data = load_validated(path, SCHEMA, aliases=False) or {}
    base = path.parent
    return Config(
        path=path,
        select=tuple(data.get("select", ())),
        ignore=tuple(data.get("ignore", ())),
        per_file_ignores=tuple((glob, tuple(rules)) for glob, rules in data.get("per-file-ignores", {}).items()),
        severity=MappingProxyType(dict(data.get("severity", {}))),
        rules=tuple((base / folder).resolve() for folder in data.get("rules", ())),
        lang=data.get("lang"),
        year=data.get("year"),
        fail_on=data.get("fail-on"),
        exclude=tuple(data["exclude"]) if "exclude" in data else None,
        extend_exclude=tuple(data.get("extend-exclude", ())),
        timeout=data.get("timeout"),
    )


def _tool_table(path: Path) -> dict[str, Any] | None:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DeclarationError(str(path), "", f"cannot read it: {error}") from None
    if "xxgk-lint" not in text or not _MAY_CONFIGURE.search(text):  # most files: no need to parse them
        return None
    import tomllib  # imported here: only a pyproject.toml that may configure us needs it

    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise DeclarationError(str(path), "", f"invalid TOML: {error}") from None
    tool = document.get("tool")
    return tool.get("xxgk-lint") if isinstance(tool, dict) else None  # ``tool = "x"`` configures nothing


def _relative(file: Path, base: Path) -> str:
    try:
        return file.resolve().relative_to(base).as_posix()
    except ValueError:
        return file.as_posix()
