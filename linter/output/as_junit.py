"""JUnit XML: a test case per finding, and a passing one for each file without findings.

The root carries the counts, known only once every finding has come, and the cases are
grouped by file in the order of the files checked: so each case waits, written, in a
private temporary SQLite database (``sqlite3.connect("")``, as ``run.paths``), never all
of them in memory, and the document is written from it at the end.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING
from xml.etree import ElementTree as ET

from linter.core.findings import Finding
from linter.core.stored import private_database, stored, unstored
from linter.output import Write, rendered
from linter.output.as_text import line

if TYPE_CHECKING:
    import sqlite3

_SCHEMA = """
CREATE TABLE file (path BLOB PRIMARY KEY, seq INTEGER);
CREATE TABLE testcase (seq INTEGER PRIMARY KEY, path BLOB, xml BLOB);
CREATE INDEX testcase_path ON testcase (path, seq);
"""
# Each file checked with its cases (or none), in order; then the files only findings name
# (a sidecar's GK004), by their first finding.
_CASES = """
SELECT file.path, testcase.xml FROM file LEFT JOIN testcase ON testcase.path = file.path
ORDER BY file.seq, testcase.seq
"""
_OTHERS = """
SELECT path, xml FROM testcase WHERE path NOT IN (SELECT path FROM file)
ORDER BY (SELECT min(seq) FROM testcase AS first WHERE first.path = testcase.path), seq
"""
_PASSING = "SELECT count(*) FROM file WHERE path NOT IN (SELECT path FROM testcase)"
_DEPTH = 2  # of a test case: in the suite, in the root
CACHE_KIB = 256  # SQLite's page cache (2 MiB unless told): what it holds is written and read in order


def render(findings: list[Finding], context) -> str:
    return rendered(stream, findings, context)


def stream(findings: Iterable[Finding], context, write: Write) -> None:
    db = private_database(CACHE_KIB)
    try:
        db.executescript(_SCHEMA)
        for seq, path in enumerate(context.files):
            db.execute("INSERT OR IGNORE INTO file VALUES (?, ?)", (stored(path), seq))
        failures = 0
        for finding in findings:
            db.execute("INSERT INTO testcase (path, xml) VALUES (?, ?)", (stored(finding.path), stored(_case(finding))))
            failures += 1
        tests = failures + db.execute(_PASSING).fetchone()[0]
        head, tail = _frame(tests, failures)
        write(head)
        for xml in _cases(db):
            write(" " * (2 * _DEPTH) + xml + "\n")
        write(tail)
    finally:
        db.close()


def _cases(db: sqlite3.Connection) -> Iterator[str]:
    for query in (_CASES, _OTHERS):
        for path, xml in db.execute(query):
            yield unstored(xml) if xml is not None else _passing(unstored(path))


def _frame(tests: int, failures: int) -> tuple[str, str]:
    """The document before its first case and after its last."""
    root = ET.Element("testsuites", name="xxgk-lint", tests=str(tests), failures=str(failures))
    suite = ET.SubElement(root, "testsuite", name="xxgk-lint", tests=str(tests), failures=str(failures))
    ET.SubElement(suite, "testcase")
    ET.indent(root)
    head, _, tail = ET.tostring(root, encoding="unicode").partition("<testcase />")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + head.rstrip(" "), tail.lstrip("\n") + "\n"


def _case(finding: Finding) -> str:
    name = f"{finding.rule} {finding.name} {finding.span.line}:{finding.span.column}"
    case = ET.Element("testcase", classname=finding.path, name=name)
    failure = ET.SubElement(case, "failure", message=finding.message, type=finding.severity)
    failure.text = line(finding)
    return _xml(case)


def _passing(path: str) -> str:
    return _xml(ET.Element("testcase", classname=path, name="xxgk-lint"))


def _xml(case: ET.Element) -> str:
    ET.indent(case, level=_DEPTH)
    return ET.tostring(case, encoding="unicode")
