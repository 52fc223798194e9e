"""Stage 3: line tokens → Lark parse tree (``grammar/report.lark``) → AST (``nodes``)."""

from __future__ import annotations

from functools import cache

from lark import Lark, Token, Transformer, Tree
from lark.lexer import Lexer as LarkLexer

from .lexer import LineToken, item_label
from .nodes import Document, Fragment, Item, Paragraph, Section, Span, Table, Title, fragments_span
from .resources import GRAMMAR_FILE


class _PassThrough(LarkLexer):
    """Lark's lexer slot: the tokens are made by ``linter.lexer`` already."""

    def __init__(self, lexer_conf):  # noqa: D107 - Lark's interface
        pass

    def lex(self, data):
        return iter(data)


@cache
def _lark() -> Lark:
    return Lark(GRAMMAR_FILE.read_text(encoding="utf-8"), parser="lalr", lexer=_PassThrough, strict=True)


def parse_tree(tokens: list[LineToken]) -> Tree:
    """The Lark parse tree; each Lark token's ``start_pos`` indexes ``tokens``."""
    stream = [
        Token(t.kind, t.kind, start_pos=i, line=t.span.line, column=t.span.column) for i, t in enumerate(tokens)
    ]
    return _lark().parse(stream)


def parse(tokens: list[LineToken], line_count: int, artifacts: list[Fragment]) -> Document:
    return _ToAst(tokens, line_count, artifacts).transform(parse_tree(tokens))


class _ToAst(Transformer):
    """Bottom-up from the parse tree to frozen AST nodes."""

    def __init__(self, tokens: list[LineToken], line_count: int, artifacts: list[Fragment]):
        super().__init__()
        self._tokens, self._line_count, self._artifacts = tokens, line_count, tuple(artifacts)

    def _payload(self, token: Token):
        return self._tokens[token.start_pos].payload

    def _payloads(self, children) -> list:
        return [self._payload(c) for c in children]

    def front(self, children) -> tuple[Fragment, ...]:
        return tuple(self._payloads(children))

    def title(self, children) -> Title:
        fragments = tuple(self._payloads(children))
        return Title(fragments, fragments_span(fragments))

    def paragraph(self, children) -> Paragraph:
        fragments = tuple(self._payloads(children))
        return Paragraph(fragments, fragments_span(fragments))

    def item(self, children) -> Item:
        fragments = tuple(self._payloads(children))
        return Item(item_label(fragments[0].text), fragments, fragments_span(fragments))

    def table(self, children) -> Table:
        rows = tuple(self._payloads(children))
        return Table(rows, Span.cover(rows[0].span, rows[-1].span))

    def _section(self, children, heading) -> Section:
        blocks = tuple(c for c in children if not isinstance(c, Section))
        subsections = tuple(c for c in children if isinstance(c, Section))
        parts = [n.span for n in (heading, *blocks, *subsections) if n is not None and n.span is not None]
        return Section(heading, blocks, subsections, Span.cover(parts[0], parts[-1]) if parts else None)

    def preamble(self, children) -> Section:
        return self._section(children, None)

    def section(self, children) -> Section:
        return self._section(children[1:], self._payload(children[0]))

    subsection = section

    def start(self, children) -> Document:
        front = next((c for c in children if isinstance(c, tuple)), ())
        title = next((c for c in children if isinstance(c, Title)), None)
        preamble = next(c for c in children if isinstance(c, Section) and c.heading is None)
        sections = tuple(c for c in children if isinstance(c, Section) and c.heading is not None)
        return Document(title, preamble, sections, self._line_count, front, self._artifacts)
