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


def parse_tree(tokens: list[LineToken]) -> Tree:
    """The Lark parse tree; each Lark token's ``start_pos`` indexes ``tokens``."""
    return _lark().parse([Token(t.kind, t.kind, i) for i, t in enumerate(tokens)])  # i: start_pos


def parse(tokens: list[LineToken], line_count: int, artifacts: list[Fragment]) -> Document:
    return _AstBuilder(tokens).document(parse_tree(tokens), line_count, tuple(artifacts))


class _AstBuilder:
    """From the parse tree to frozen AST nodes, one method per grammar rule."""

    def __init__(self, tokens: list[LineToken]):
        self._tokens = tokens

    def _payloads(self, children: list[Token]) -> tuple:
        return tuple(self._tokens[token.start_pos].payload for token in children)

    def _readings(self, children: list[Token]) -> tuple:
        return tuple(self._tokens[token.start_pos].reading for token in children)

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
                sections.append(self._section(self._tokens[child.children[0].start_pos].payload, child.children[1:]))
        return Document(title, preamble, tuple(sections), line_count, front, artifacts)

    def _section(self, heading, children: list[Tree]) -> Section:
        blocks: list[Block] = []
        subsections: list[Section] = []
        for child in children:
            if child.data == "subsection":
                subsections.append(self._section(self._tokens[child.children[0].start_pos].payload, child.children[1:]))
            else:
                blocks.append(self._block(child))
        spans = [n.span for n in (heading, *blocks, *subsections) if n is not None and n.span is not None]
        span = Span.cover(spans[0], spans[-1]) if spans else None
        return _new_section((heading, tuple(blocks), tuple(subsections), span))

    def _block(self, tree: Tree) -> Block:
        parts = self._payloads(tree.children)
        if tree.data == "table":
            return _new_table((parts, Span.cover(parts[0].span, parts[-1].span)))
        if tree.data == "item":
            return _new_item((item_label(parts[0].text), parts, fragments_span(parts), self._readings(tree.children)))
        return _new_paragraph((parts, fragments_span(parts), self._readings(tree.children)))
