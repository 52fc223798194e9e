"""Loading YAML declarations and validating them against a JSON Schema, with located errors."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from linter.core import cache as disk_cache
from linter.core.errors import DeclarationError


def load_validated(
    path: Path, schema: Path, check: Callable[[Any], None] | None = None, salt: str = "", aliases: bool = True
) -> Any:
    """A YAML declaration, validated against ``schema`` and by ``check`` (which raises a
    DeclarationError). Unchanged files validated before come from the cache, so a run
    needs neither YAML parsing nor JSON Schema for them. ``salt`` names whatever else
    ``check`` depends on; ``aliases`` False refuses a document that uses YAML aliases."""
    try:
        content = path.read_bytes()
    except OSError as error:
        raise DeclarationError(str(path), "", error.strerror or str(error)) from None
    # The absolute path, not the resolved one: the content names the entry too, and resolving
    # takes a system call for each folder of the path.
    name = "declaration-" + disk_cache.key(os.path.abspath(path), content, schema.read_bytes(), salt)
    cached = disk_cache.load(name)
    if cached is not None:
        return cached
    data = load_yaml(path, aliases)
    _validate(path, data, schema, check)
    disk_cache.store(name, data)
    return data


def validate_cached(path: Path, data: Any, schema: Path) -> None:
    """Validate a document read some other way (a TOML table), remembering that it passed."""
    name = "validated-" + disk_cache.key(json.dumps(data, sort_keys=True, default=str), schema.read_bytes())
    if disk_cache.load(name) is None:
        _validate(path, data, schema, None)
        disk_cache.store(name, True)


def _validate(path: Path, data: Any, schema: Path, check: Callable[[Any], None] | None) -> None:
    problems = schema_errors(data, schema)
    if problems:
        raise located(path, data, *problems[0])
    if check is not None:
        check(data)


def located(path: Path, data: Any, location: list[Any], message: str) -> DeclarationError:
    """``file: rule 3 (GK900): 'severity': …`` from a path into the YAML document."""
    if len(location) >= 2 and location[0] == "rules" and isinstance(location[1], int):
        entry = data["rules"][location[1]]
        rule_id = entry.get("id", "?") if isinstance(entry, dict) else "?"
        where = f"rule {location[1] + 1} ({rule_id})"
        inner = location[2:]
        return DeclarationError(str(path), where, f"'{field_name(inner)}': {message}" if inner else message)
    return DeclarationError(str(path), "", f"'{field_name(location)}': {message}" if location else message)


def load_yaml(path: Path, aliases: bool = True) -> Any:
    """The YAML document in ``path``, bounded (see ``yamlsafe``)."""
    import yaml  # imported here, as yamlsafe: a run with every declaration cached does without them

    from linter.core import yamlsafe

    try:
        with path.open(encoding="utf-8") as stream:
            return yamlsafe.load(stream, aliases)
    except OSError as error:
        raise DeclarationError(str(path), "", error.strerror or str(error)) from None
    except UnicodeDecodeError:
        raise DeclarationError(str(path), "", "not UTF-8 text") from None
    except yamlsafe.Refused as error:
        raise DeclarationError(str(path), f"line {error.line}", str(error)) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else ""
        problem = getattr(error, "problem", None) or str(error)
        raise DeclarationError(str(path), where, f"invalid YAML: {problem}") from None


def schema_errors(document: Any, schema: Path | Mapping[str, Any]) -> list[tuple[list[Any], str]]:
    """Every violation as (path into the document, message), outermost first."""
    text = schema.read_text(encoding="utf-8") if isinstance(schema, Path) else json.dumps(schema, sort_keys=True)
    errors = sorted(_validator(text).iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))
    return [(list(error.absolute_path), _cut(_worded(error))) for error in errors]


_KINDS = {
    "object": "a mapping (key: value)",
    "array": "a list",
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "empty",
}


def _worded(error) -> str:
    """A type error in words, not as the Python data that was found (which may be long)."""
    if error.validator != "type":
        return error.message
    expected = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
    return f"should be {' or '.join(_KINDS.get(k, k) for k in expected)}, not {_KINDS[_kind(error.instance)]}"


def _kind(value: Any) -> str:
    """The JSON type of a YAML value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    kinds = ((dict, "object"), (list, "array"), (str, "string"), (int, "integer"), (float, "number"))
    return next((kind for python, kind in kinds if isinstance(value, python)), "string")


def _cut(message: str, length: int = 200) -> str:
    """A schema message quotes the value it is about, which can be huge: cut it short."""
    return message if len(message) <= length else message[:length] + "…"


@cache
def _validator(schema_text: str):
    import jsonschema  # imported here: validation is its only user, and the import is slow

    schema = json.loads(schema_text)
    base = jsonschema.validators.validator_for(schema)
    # JSON Schema counts 2023.0 as an integer; a setting written so is not one (it would
    # give "2023.0年"), nor is a boolean.
    whole = base.TYPE_CHECKER.redefine(
        "integer", lambda _, value: isinstance(value, int) and not isinstance(value, bool)
    )
    validator = jsonschema.validators.extend(base, type_checker=whole)
    return validator(schema, format_checker=jsonschema.FormatChecker())


def field_name(path: list[Any]) -> str:
    """``['params', 'sections', 0]`` → ``'params.sections[0]'``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text
