"""Where the grammar and the built-in rules are: inside an installed wheel, or in the checkout."""

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent  # linter/
_DATA = _PACKAGE / "_data"
_ROOT = _DATA if _DATA.is_dir() else _PACKAGE.parent

GRAMMAR_FILE = _ROOT / "grammar" / "report.lark"
RULES_DIR = _ROOT / "rules"
FORMAT_FILE = RULES_DIR / "formats" / "national.yaml"
TABLES_FILE = RULES_DIR / "formats" / "tables.yaml"
DOCS_DIR = _ROOT / "docs"
