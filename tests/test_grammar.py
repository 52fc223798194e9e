"""The grammar is conflict-free and total: any text the lexer can produce parses."""

import random

from linter.core.resources import FORMAT_FILE
from linter.format.spec import load_format
from linter.parse.lexer import Lexer
from linter.parse.parser import build_parser, parse

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
    build_parser()


def test_random_documents_always_parse():
    rng = random.Random(20261127)
    for _ in range(400):
        lines = [rng.choice(PIECES) for _ in range(rng.randint(0, 40))]
        tokens, artifacts = LEXER.tokens(lines)
        document = parse(tokens, len(lines), artifacts)
        covered = {f.line for node in document.walk() for f in getattr(node, "fragments", ())}
        assert covered <= set(range(1, len(lines) + 1))
