"""JSON Schema pieces that check kinds' ``PARAMS`` share."""

from __future__ import annotations


def strings_object(*names: str) -> dict:
    """An object of exactly these non-empty string fields, each required."""
    return {
        "type": "object",
        "additionalProperties": False,
        "required": list(names),
        "properties": {name: {"type": "string", "minLength": 1} for name in names},
    }
