"""YAML for files a run may find rather than be given (configuration is discovered
upward from the checked files, so a folder received from elsewhere can hold one).

A few hundred bytes of nested aliases (a "billion laughs") expand to gigabytes once
anything walks the data: settings files may hold no aliases at all; declarations
(rules, packs, the format) may, as long as the document they expand to stays within
MAX_NODES values. Documents nested deeper than any declaration needs are refused too,
and mapping keys that YAML would read as something other than text (``2019:``,
``yes:``, ``null:``, a date) are kept as the text written.
"""

from __future__ import annotations

from typing import IO, Any

MAX_DEPTH = 64
MAX_NODES = 200_000
_TEXT = "tag:yaml.org,2002:str"


class Refused(ValueError):
    """A document this loader will not build, with the (1-based) line where it is."""

    def __init__(self, problem: str, node: Any):
        self.line = node.start_mark.line + 1
        super().__init__(problem)


def load(stream: IO[str], aliases: bool) -> Any:
    """The document in ``stream``; with ``aliases`` False, one that uses an alias is refused."""
    import yaml  # imported here: a run with every declaration cached does without it

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(stream)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _check(node, aliases)
        return loader.construct_document(node)
    finally:
        loader.dispose()


def _check(root: Any, aliases: bool) -> None:
    """Refuse aliases (a node met twice) unless allowed, deep nesting and documents that
    expand to more than MAX_NODES values; make keys text. Walks the expanded document,
    without recursion, and stops at the bound."""
    import yaml

    seen: set[int] = set()
    count = 0
    stack = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        count += 1
        if not aliases:
            if id(node) in seen:
                raise Refused("YAML aliases (*name) are not allowed in this file: write the value out", node)
            seen.add(id(node))
        if depth > MAX_DEPTH:
            raise Refused(f"nested more than {MAX_DEPTH} levels deep", node)
        if count > MAX_NODES:
            raise Refused(f"expands to more than {MAX_NODES} values (nested aliases?)", node)
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode) and key.tag != _TEXT and not key.style:
                    key.tag = _TEXT  # ``2019: [GK108]`` means the folder 2019
                stack += [(key, depth + 1), (value, depth + 1)]
        elif isinstance(node, yaml.SequenceNode):
            stack += [(item, depth + 1) for item in node.value]
