"""Loading YAML declarations and validating them against a JSON Schema, with located errors."""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from .errors import DeclarationError

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as stream:
            return yaml.load(stream, Loader=_Loader)
    except OSError as error:
        raise DeclarationError(str(path), "", error.strerror or str(error)) from None
    except UnicodeDecodeError:
        raise DeclarationError(str(path), "", "not UTF-8 text") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else ""
        problem = getattr(error, "problem", None) or str(error)
        raise DeclarationError(str(path), where, f"invalid YAML: {problem}") from None


def schema_errors(document: Any, schema: Path | Mapping[str, Any]) -> list[tuple[list[Any], str]]:
    """Every violation as (path into the document, message), outermost first."""
    text = schema.read_text(encoding="utf-8") if isinstance(schema, Path) else json.dumps(schema, sort_keys=True)
    errors = sorted(_validator(text).iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))
    return [(list(error.absolute_path), error.message) for error in errors]


@cache
def _validator(schema_text: str):
    import jsonschema  # imported here: validation is its only user, and the import is slow

    schema = json.loads(schema_text)
    return jsonschema.validators.validator_for(schema)(schema, format_checker=jsonschema.FormatChecker())


def field_name(path: list[Any]) -> str:
    """``['params', 'sections', 0]`` → ``'params.sections[0]'``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text
