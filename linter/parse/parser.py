"""Stage 3: line tokens → Lark parse tree (``grammar/report.lark``) → AST (``nodes``)."""

from __future__ import annotations

from functools import cache, partial

from lark import Lark, Token, Tree

from linter.core.spans import Fragment, Span, fragments_span
from linter.parse import lalr_tables
from linter.parse.freeze import PassThrough, build_parser, grammar_text, thawed
from linter.parse.nodes import Block, Document, Item, Paragraph, Section, Table, Title
from linter.parse.numbering import item_label
from linter.parse.tokens import LineToken

# Nodes from their fields, without a Python-level __new__: one per block and section.
_new_table, _new_item, _new_paragraph, _new_section = (
    partial(tuple.__new__, c) for c in (Table, Item, Paragraph, Section)
)


@cache
def _lark() -> Lark:
    """The tables frozen ahead of time (``freeze``) when they are of this grammar, else built."""
    grammar = grammar_text()
    if lalr_tables.GRAMMAR == grammar:
        return thawed(lalr_tables.DATA, lalr_tables.MEMO, PassThrough)
    return build_parser(grammar)


@cache
def _leaf(kind: str) -> Token:
    """The Lark token of a kind: one for all the lines of that kind (the tree's leaves are
    matched with the line tokens by their order, see ``_AstBuilder``)."""
    return Token(kind, kind)


# Kinds that the grammar takes only as runs of one rule (``TABLE_ROW_CONT*``, ``TITLE+`` …):
# a run of them parses as one of them does, so Lark is given one leaf for the run.
_RUNS = frozenset({"TEXT_CONT", "TABLE_ROW_CONT", "FRONT", "TITLE"})


def parse_tree(tokens: list[LineToken]) -> tuple[Tree, list[int]]:
    """The Lark parse tree, whose leaves are ``tokens``' kinds in the same order with a
    run of the same continuation kind as one leaf; and after each leaf, how many line
    tokens the leaves up to it stand for."""
    leaves: list[Token] = []
    ends: list[int] = []
    previous = ""
    for end, token in enumerate(tokens, 1):
        kind = token.kind
        if kind == previous and kind in _RUNS:
            ends[-1] = end
        else:
            leaves.append(_leaf(kind))
            ends.append(end)
            previous = kind
    return _lark().parse(leaves), ends


def parse(tokens: list[LineToken], line_count: int, artifacts: list[Fragment]) -> Document:
    tree, ends = parse_tree(tokens)
    builder = _AstBuilder(tokens, ends)
    document = builder.document(tree, line_count, tuple(artifacts))
    builder.check_all_read()
    return document


class _AstBuilder:
    """From the parse tree to frozen AST nodes, one method per grammar rule. The tree is
    walked in document order, and each leaf met stands for the next line tokens (one, or
    a run of continuations: see ``parse_tree``)."""

    def __init__(self, tokens: list[LineToken], ends: list[int]):
        self._tokens = tokens
        self._ends = ends  # after each leaf, the line tokens taken
        self._leaves = 0  # leaves met so far
        self._read = 0  # line tokens taken so far

    def _next(self, leaves: list[Token]) -> list[LineToken]:
        """The line tokens of ``leaves``: those the next as many leaves stand for."""
        start = self._read
        self._leaves += len(leaves)
        self._read = self._ends[self._leaves - 1] if self._leaves else 0
        return self._tokens[start : self._read]

    def _payloads(self, leaves: list[Token]) -> tuple:
        return tuple(token.payload for token in self._next(leaves))

    def check_all_read(self) -> None:
        """Every leaf of the tree was met and every line token taken (else the walk missed some: a bug)."""
        if self._leaves != len(self._ends) or self._read != len(self._tokens):
            raise RuntimeError(f"the walk met {self._leaves} of {len(self._ends)} leaves, {self._read} line tokens")

    def document(self, tree: Tree, line_count: int, artifacts: tuple[Fragment, ...]) -> Document:
        front, title, preamble, sections = (), None, None, []
        for child in tree.children:
            if child.data == "front":
                front = self._payloads(child.children)
            elif child.data == "title":
                fragments = self._payloads(child.children)
                title = Title(fragments, fragments_span(fragments))
            elif child.data == "preamble":
                preamble = self._section(None, child.children)
            else:
                heading = self._payloads(child.children[:1])[0]
                sections.append(self._section(heading, child.children[1:]))
        return Document(title, preamble, tuple(sections), line_count, front, artifacts)

    def _section(self, heading, children: list[Tree]) -> Section:
        blocks: list[Block] = []
        subsections: list[Section] = []
        for child in children:
            if child.data == "subsection":
                subsections.append(self._section(self._payloads(child.children[:1])[0], child.children[1:]))
            else:
                blocks.append(self._block(child))
        spans = [n.span for n in (heading, *blocks, *subsections) if n is not None and n.span is not None]
        span = Span.cover(spans[0], spans[-1]) if spans else None
        return _new_section((heading, tuple(blocks), tuple(subsections), span))

    def _block(self, tree: Tree) -> Block:
        tokens = self._next(tree.children)
        parts = tuple(token.payload for token in tokens)
        if tree.data == "table":
            return _new_table((parts, Span.cover(parts[0].span, parts[-1].span)))
        readings = tuple(token.reading for token in tokens)
        if tree.data == "item":
            return _new_item((item_label(parts[0].text), parts, fragments_span(parts), readings))
        return _new_paragraph((parts, fragments_span(parts), readings))
