"""The grammar is conflict-free and total: any text the lexer can produce parses."""

import random

from lark import Token
from lark.exceptions import UnexpectedInput

from linter.core.resources import FORMAT_FILE
from linter.format.spec import load_format
from linter.parse import freeze, lalr_tables
from linter.parse.freeze import PassThrough, build_parser, grammar_text, thawed
from linter.parse.lexer import Lexer
from linter.parse.parser import parse, parse_tree

LEXER = Lexer(load_format(FORMAT_FILE))

PIECES = [
    "一、总体情况",
    "二、主动公开政府信息情况",
    "三、",
    "七、其他",
    "（一）主动公开。正文",
    "(二) 依申请公开",
    "1.属于国家秘密",
    "（三）不",
    "第二十条第（一）项",
    "信息内容\t本年制发件数\t本年废止件数",
    "规章   0   0   0",
    "| 规章 | 0 | 0 |",
    "|---|---|",
    "-1-",
    "",
    "正文，没有结束",
    "正文结束。",
    "某某局2023年政府信息公开工作年度报告",
    "年度报告",
    "三、 本年 度办 理结 果",
    "21 0 0 0 0 0 21",
    "一、本年新收政府信息公开申请数量\t1\t0",
    "## 表三",
    "**五、存在的主要问题及改进情况**",
    "\f",
    "\t\t",
]


def test_grammar_has_no_conflicts():
    build_parser(grammar_text())


def test_frozen_tables_are_of_the_grammar_file():
    assert lalr_tables.GRAMMAR == grammar_text(), "grammar/report.lark changed: run python -m linter.parse.freeze"


TERMINALS = ["FRONT", "TITLE", "H1", "H2", "TEXT", "TEXT_CONT", "ITEM", "TABLE_ROW", "TABLE_ROW_CONT"]


def _outcome(parser, kinds: list[str]):
    try:
        return parser.parse([Token(kind, kind) for kind in kinds])
    except UnexpectedInput as error:
        return type(error), error.token.type if hasattr(error, "token") else None


def test_thawed_tables_parse_as_the_built_ones():
    built = build_parser(grammar_text())
    frozen = thawed(*freeze.frozen(built), PassThrough)
    shipped = thawed(lalr_tables.DATA, lalr_tables.MEMO, PassThrough)
    rng = random.Random(20261201)
    errors = 0
    for _ in range(600):
        kinds = [rng.choice(TERMINALS) for _ in range(rng.randint(0, 12))]
        expected = _outcome(built, kinds)
        errors += isinstance(expected, tuple)
        assert _outcome(frozen, kinds) == expected == _outcome(shipped, kinds)
    assert 0 < errors < 600  # both outcomes were compared


def test_random_documents_always_parse():
    rng = random.Random(20261127)
    for _ in range(400):
        lines = [rng.choice(PIECES) for _ in range(rng.randint(0, 40))]
        tokens, artifacts = LEXER.tokens(lines)
        document = parse(tokens, len(lines), artifacts)
        covered = {f.line for node in document.walk() for f in getattr(node, "fragments", ())}
        assert covered <= set(range(1, len(lines) + 1))


def test_a_run_of_continuations_is_one_leaf_and_every_line_stays_in_the_tree():
    lines = [
        "二、主动公开政府信息情况",
        "信息内容\t本年制发件数\t本年废止件数",
        *["规章\t0\t0"] * 5,
        "正文一句，",
        "接着写",
        "完。",
    ]
    tokens, artifacts = LEXER.tokens(lines)
    tree, ends = parse_tree(tokens)
    kinds = [t.kind for t in tokens]
    assert kinds.count("TABLE_ROW_CONT") == 5 and kinds.count("TEXT_CONT") == 2
    assert len(ends) == len(tokens) - 4 - 1  # each run of continuations is one leaf
    assert ends[-1] == len(tokens) and len(list(tree.scan_values(lambda _: True))) == len(ends)
    (section,) = parse(tokens, len(lines), artifacts).sections
    table, paragraph = section.blocks
    assert [row.span.line for row in table.rows] == list(range(2, 8))
    assert [f.line for f in paragraph.fragments] == [8, 9, 10]
