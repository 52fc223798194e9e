"""What lxml is given of an HTML page, and how deep a tree the reader walks.

lxml refuses text with characters XML does not allow (``\\x0b``, ``\\x0c``, other C0
controls, U+FFFE/U+FFFF) the moment the reader edits the tree around them, and a string
that starts with an XML declaration naming an encoding: such characters become spaces
(no line moves) and every leading declaration goes. libxml2 stops at 256 levels of
nesting unless asked for more (a page of unclosed ``<font>`` tags has thousands);
asked, it goes to 2048, deeper than the reader's walk may recurse, so a page nested
deeper than ``MAX_DEPTH`` is said to be too complex rather than read in part.
"""

from __future__ import annotations

import re
from typing import Any

MAX_DEPTH = 600  # levels of nesting; the reader walks the tree recursively

_XML_DECLARATIONS = re.compile(r"\A(?:\s*<\?xml[^>]*\?>)+")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def prepared(text: str) -> str:
    """``text`` as lxml's HTML parser takes it without complaint."""
    return _NOT_XML.sub(" ", _XML_DECLARATIONS.sub("", text, count=1))


def depth(root: Any) -> int:
    """How deep the elements under ``root`` nest (counted without recursion)."""
    from lxml import etree

    deepest = current = 0
    for event, _ in etree.iterwalk(root, events=("start", "end")):
        current += 1 if event == "start" else -1
        deepest = max(deepest, current)
    return deepest
