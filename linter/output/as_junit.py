"""JUnit XML: a test case per finding, and a passing one for each file without findings."""

from __future__ import annotations

from collections import defaultdict
from xml.etree import ElementTree as ET

from linter.core.findings import Finding
from linter.output.as_text import line


def render(findings: list[Finding], context) -> str:
    by_file: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        by_file[finding.path].append(finding)
    paths = list(dict.fromkeys([*context.files, *by_file]))
    tests = sum(max(len(by_file[p]), 1) for p in paths)
    root = ET.Element("testsuites", name="xxgk-lint", tests=str(tests), failures=str(len(findings)))
    suite = ET.SubElement(root, "testsuite", name="xxgk-lint", tests=str(tests), failures=str(len(findings)))
    for path in paths:
        if not by_file[path]:
            ET.SubElement(suite, "testcase", classname=path, name="xxgk-lint")
        for finding in by_file[path]:
            name = f"{finding.rule} {finding.name} {finding.span.line}:{finding.span.column}"
            case = ET.SubElement(suite, "testcase", classname=path, name=name)
            failure = ET.SubElement(case, "failure", message=finding.message, type=finding.severity)
            failure.text = line(finding)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
