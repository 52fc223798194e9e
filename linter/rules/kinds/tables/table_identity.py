"""GK203–GK206 and rule packs: a table's identities (勾稽关系), declared in YAML.

``identities`` names identities the table declares (``rules/formats/tables.yaml``) or
declares new ones in the same form. A failure names the table, the row or column,
shows both sides, and points at the cell most likely wrong.
"""

from __future__ import annotations

from collections.abc import Iterator

from linter.core.findings import Hit
from linter.format.tables import GRIDS, identity, identity_problem
from linter.model.report import ReportModel
from linter.model.tables.identities import blame, sides
from linter.rules.context import Context

KIND = "table-identity"
MESSAGES = {"default": ("table", "along", "left", "right")}
PARAMS = {
    "properties": {
        "table": {"enum": list(GRIDS)},
        "identities": {
            "type": "array",
            "minItems": 1,
            "items": {
                "oneOf": [
                    {"type": "string", "minLength": 1, "description": "an identity the table declares"},
                    {"$ref": "#/$defs/identity"},
                ]
            },
        },
    },
    "required": ["table", "identities"],
}


def prepare(params: dict, context: Context) -> dict:
    grid = context.tables.get(params["table"])
    chosen = []
    for index, entry in enumerate(params["identities"]):
        if isinstance(entry, str):
            if entry not in grid.identities:
                raise ValueError(
                    f"identities[{index}]: table {grid.name} declares no identity {entry!r} (it has {', '.join(grid.identities)})"
                )
            chosen.append(grid.identities[entry])
            continue
        declared = identity(f"{grid.name}[{index}]", entry)
        if problem := identity_problem(grid, declared):
            raise ValueError(f"identities[{index}]: {problem}")
        chosen.append(declared)
    return {"table": grid.name, "identities": tuple(chosen)}


def check(model: ReportModel, config: dict) -> Iterator[Hit]:
    reading = model.tables.get(config["table"])
    if reading is None:
        return
    grid = model.tables.definitions.get(config["table"])
    own = config["identities"]
    extra = [i for i in own if grid.identities.get(i.name) != i]
    every, failing, held = model.tables.evaluate(grid.name, [*grid.identities.values(), *extra])
    mine = [failure for failure in every if failure.identity in own]
    for failure in mine:
        left, right = sides(failure)
        yield Hit(
            blame(failure, failing, held),
            {"table": reading.title, "along": failure.along, "left": left, "right": right},
        )
