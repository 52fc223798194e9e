"""``--statistics``: counts per rule instead of the findings, counted as they come. How
many files each rule reported in is counted in a private temporary SQLite database
(``sqlite3.connect("")``, as ``run.paths``): a run's every (rule, file) is not held."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable

from linter.core.findings import Finding
from linter.core.stored import private_database, stored
from linter.output.columns import aligned

Key = tuple[str, str, str]  # rule, name, severity
CACHE_KIB = 256  # SQLite's page cache (2 MiB unless told): what it holds is written and read in order


def statistics(findings: Iterable[Finding]) -> list[tuple[str, str, str, int, int]]:
    """(rule, name, severity, count, files) for each rule that reported something, most first;
    ``files``: how many files it reported in."""
    counts: Counter[Key] = Counter()
    db = private_database(CACHE_KIB)
    try:
        db.execute("CREATE TABLE seen (rule, name, severity, path, PRIMARY KEY (rule, name, severity, path))")
        for finding in findings:
            key = (finding.rule, finding.name, finding.severity)
            counts[key] += 1
            db.execute("INSERT OR IGNORE INTO seen VALUES (?, ?, ?, ?)", (*key, stored(finding.path)))
        query = "SELECT rule, name, severity, count(*) FROM seen GROUP BY rule, name, severity"
        files = {(rule, name, severity): n for rule, name, severity, n in db.execute(query)}
    finally:
        db.close()
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [(*key, n, files[key]) for key, n in ordered]


def render_statistics(findings: Iterable[Finding], files: int, lang: str, as_json: bool = False) -> str:
    """Counts per rule: JSON (a list, each with the files the rule reported in) or aligned
    text, with a total line that counts the files checked."""
    counts = statistics(findings)
    if as_json:
        listed = [{"rule": r, "name": n, "severity": s, "count": c, "files": f} for r, n, s, c, f in counts]
        return json.dumps(listed, ensure_ascii=False, indent=2) + "\n"
    english = lang == "en"
    rows = [(str(c), r, f"[{s}]", n, _files(f, english)) for r, n, s, c, f in counts]
    total = f"in {files} files checked" if english else f"共检查 {files} 个文件"
    rows.append((str(sum(c for _, _, _, c, _ in counts)), "total" if english else "合计", "", "", total))
    return "".join(line + "\n" for line in aligned(rows, right=frozenset({0})))


def _files(count: int, english: bool) -> str:
    return (f"{count} file" + ("s" if count != 1 else "")) if english else f"{count} 个文件"
