"""What a check of one text report does without: the modules of other commands, formats
and options are imported where they are used, not at start-up (each costs start-up time)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from .helpers import CLEAN

# Other commands (audit, server), other readers and output formats, the options a plain
# check does not give (--baseline, --annotate, two reports to compare, a roster), the
# check kinds of other stages (a readable file, one report, no roster), and YAML and
# JSON Schema, which the cache of validated declarations saves; the fixes, when nothing is found.
NOT_IMPORTED = (
    "linter.cli_audit",
    "linter.run.audit",
    "linter.run.baseline",
    "linter.run.fixes",
    "linter.run.compare",
    "linter.run.digests",
    "linter.model.digest",
    "linter.model.roster",
    "linter.rules.kinds.compare.continuity",
    "linter.rules.kinds.compare.copied_text",
    "linter.rules.kinds.compare.repeated_figures",
    "linter.rules.kinds.compare.shared_text",
    "linter.rules.kinds.input.unreadable_input",
    "linter.rules.kinds.input.internal_error",
    "linter.rules.kinds.roster.missing_report",
    "linter.server",
    "linter.readers.docx",
    "linter.readers.html",
    "linter.readers.pdf",
    "linter.readers.word_location",
    "linter.output.as_json",
    "linter.output.as_sarif",
    "linter.output.as_junit",
    "linter.output.as_github",
    "linter.output.annotate",
    "linter.output.rule_docs",
    "linter.core.yamlsafe",
    "yaml",
    "jsonschema",
    "lxml",
    "docx",
    "csv",
    "multiprocessing",
    "heapq",  # Counter.most_common(1) would import it: the year vote takes max()
)

# The modules are listed as the run ends (a check ends without the interpreter's teardown).
_CHECK = """
import json, sys
from linter import entry
end = entry._end
def listed(status, check):
    print(json.dumps([status, sorted(sys.modules)]), file=sys.stderr)
    end(status, check)
entry._end = listed
sys.argv = ["xxgk-lint", "check", sys.argv[1]]
entry.main()
"""


def test_a_check_of_one_text_report_imports_none_of_them(tmp_path):
    modules = _modules_of_a_check(CLEAN, tmp_path)
    assert "linter.run.engine" in modules  # it did check the report
    assert sorted(set(NOT_IMPORTED) & set(modules)) == []


def _modules_of_a_check(path, cache) -> list[str]:
    environment = {**os.environ, "XXGK_LINT_CACHE_DIR": str(cache)}
    for _ in range(2):  # the first run fills the cache of declarations
        run = subprocess.run([sys.executable, "-c", _CHECK, str(path)], env=environment, capture_output=True, text=True)
    status, modules = json.loads(run.stderr.strip().splitlines()[-1])
    assert status == 0, run.stderr
    return modules


def test_decimal_is_imported_only_for_a_figure_with_decimals(tmp_path):
    """The sample's 表二 has one amount with decimals (行政事业性收费 86.5); without it,
    the check does without the decimal module."""
    text = CLEAN.read_text(encoding="utf-8")
    assert "行政事业性收费\t86.5\n" in text
    counts = tmp_path / "counts.txt"
    counts.write_text(text.replace("行政事业性收费\t86.5\n", "行政事业性收费\t86\n"), encoding="utf-8")
    assert "decimal" in _modules_of_a_check(CLEAN, tmp_path / "cache")
    assert "decimal" not in _modules_of_a_check(counts, tmp_path / "cache")
