"""The audit as one self-contained page (inline CSS and script, nothing fetched): the
summary table, sortable and filterable by organ, status, rule and severity; each
report's findings grouped by section, with the source line quoted; printable.

Everything from a report is untrusted and escaped; the script reads only the page's
own attributes, so a title with ``<script>`` in it is text, never code.
"""

from __future__ import annotations

from collections.abc import Iterator
from html import escape
from itertools import groupby
from pathlib import Path

from linter.core.findings import SEVERITIES, Finding
from linter.output.audit_labels import SEVERITY, STATUS, columns, word
from linter.output.audit_rows import MISSING_COLUMNS, REPORT_COLUMNS, missing_cells, report_cells
from linter.output.audit_text import NUMERIC
from linter.run.audit import STATUSES, AuditRun, ReportRow

ASSETS = Path(__file__).parent / "assets"
TEXT = {
    "zh": {
        "title": "政府信息公开工作年度报告检查结果",
        "filters": "筛选",
        "any": "全部",
        "shown": "显示的报告：",
        "missing": "名单上未报送年度报告的机关",
        "run": "整体问题",
        "preamble": "（标题及各部分之前）",
        "none": "未发现问题。",
    },
    "en": {
        "title": "Annual report audit",
        "filters": "Filter",
        "any": "any",
        "shown": "Reports shown: ",
        "missing": "Organs on the roster with no report",
        "run": "Findings about the run",
        "preamble": "(title and before the first section)",
        "none": "No findings.",
    },
}


def write(run: AuditRun, path: Path) -> None:
    """The page, written a part at a time (the reports are read from disk one by one)."""
    with path.open("w", encoding="utf-8") as out:
        for part in _parts(run):
            out.write(part + "\n")


def _parts(run: AuditRun) -> Iterator[str]:
    lang = run.lang
    text = TEXT[lang]
    css = (ASSETS / "audit.css").read_text(encoding="utf-8")
    script = (ASSETS / "audit.js").read_text(encoding="utf-8")
    yield from [
        f'<!DOCTYPE html>\n<html lang="{"en" if lang == "en" else "zh-CN"}">\n<head>\n<meta charset="utf-8">',
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{_e(text["title"])}</title>',
        f"<style>\n{css}</style>\n</head>\n<body>\n<h1>{_e(text['title'])}</h1>",
        _filters(run, text),
    ]
    yield from _summary(run)
    yield from _missing(run, text)
    yield from (_report(index, row, text, lang) for index, row in enumerate(run.rows, 1))
    yield from _run_findings(run, text)
    yield '<pre id="errors" hidden></pre>'
    yield f"<script>\n{script}</script>\n</body>\n</html>"


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _filters(run: AuditRun, text: dict[str, str]) -> str:
    lang = run.lang
    rules = sorted(run.by_rule)
    statuses = [(s, word(STATUS, s, lang)) for s in STATUSES]
    severities = [(s, word(SEVERITY, s, lang)) for s in SEVERITIES]
    organ_label = columns(("organ",), lang)[0]
    return "\n".join(
        [
            f'<form id="filters" onsubmit="return false"><strong>{_e(text["filters"])}</strong>',
            f'<label>{_e(organ_label)} <input id="f-organ" type="search"></label>',
            _select("status", columns(("status",), lang)[0], statuses, text),
            _select("rule", columns(("rule",), lang)[0], [(r, r) for r in rules], text),
            _select("severity", columns(("severity",), lang)[0], severities, text),
            f'</form>\n<p id="shown" data-label="{_e(text["shown"])}"></p>',
        ]
    )


def _select(name: str, label: str, options: list[tuple[str, str]], text: dict[str, str]) -> str:
    choices = "".join(f'<option value="{_e(value)}">{_e(shown)}</option>' for value, shown in options)
    return f'<label>{_e(label)} <select id="f-{name}"><option value="">{_e(text["any"])}</option>{choices}</select></label>'


def _attributes(row: ReportRow) -> str:
    organ = row.facts.organ if row.facts and row.facts.organ else ""
    rules = " ".join(rule for rule, _ in row.rules)
    severities = " ".join(s for s, n in zip(SEVERITIES, row.counts) if n)
    return (
        f'data-organ="{_e(organ)}" data-status="{row.status}" data-rules="{_e(rules)}" data-severities="{severities}"'
    )


def _summary(run: AuditRun) -> Iterator[str]:
    lang = run.lang
    heads = "".join(
        f"<th{' data-numeric' if key in NUMERIC else ''}>{_e(name)}</th>"
        for key, name in zip(REPORT_COLUMNS, columns(REPORT_COLUMNS, lang))
    )
    yield f'<table id="reports" class="sortable">\n<thead><tr>{heads}</tr></thead>\n<tbody>'
    for index, row in enumerate(run.rows, 1):
        cells = report_cells(row, lang)
        tds = [f'<td><a href="#report-{index}">{_e(cells[0])}</a></td>']
        for key, cell in zip(REPORT_COLUMNS[1:], cells[1:]):
            css = ' class="n"' if key in NUMERIC else f' class="status-{row.status}"' if key == "status" else ""
            tds.append(f"<td{css}>{_e(cell)}</td>")
        yield f'<tr id="row-{index}" {_attributes(row)}>{"".join(tds)}</tr>'
    yield "</tbody>\n</table>"


def _missing(run: AuditRun, text: dict[str, str]) -> Iterator[str]:
    if not run.missing:
        return
    heads = "".join(f"<th>{_e(name)}</th>" for name in columns(MISSING_COLUMNS, run.lang))
    rows = "".join(
        "<tr>" + "".join(f"<td>{_e(c)}</td>" for c in missing_cells(e, run.roster, run.lang)) + "</tr>"
        for e in run.missing
    )
    yield f'<h2 id="missing">{_e(text["missing"])}</h2>\n<table class="sortable"><thead><tr>{heads}</tr></thead><tbody>{rows}</tbody></table>'


def _report(index: int, row: ReportRow, text: dict[str, str], lang: str) -> str:
    facts = row.facts
    organ = facts.organ if facts and facts.organ else ""
    title = f"{row.path} — {organ}" if organ else row.path
    out = [f'<section class="report" id="report-{index}" {_attributes(row)}>', f"<h2>{_e(title)}</h2>"]
    if not row.findings:
        out.append(f"<p>{_e(text['none'] if row.status == 'clean' else word(STATUS, row.status, lang))}</p>")
    section = (lambda f: facts.section_at(f.span.line, f.span.column)) if facts else (lambda f: "")
    for heading, findings in groupby(row.findings, key=section):
        out.append(f"<h3>{_e(heading or text['preamble'])}</h3>\n<ol>")
        out += [_finding(f, facts.quote(f.span.line, f.span.column) if facts else "", lang) for f in findings]
        out.append("</ol>")
    out.append("</section>")
    return "\n".join(out)


def _finding(finding: Finding, quote: str, lang: str) -> str:
    basis = (
        f" （{_e(finding.basis)}）"
        if finding.basis and lang != "en"
        else f" ({_e(finding.basis)})"
        if finding.basis
        else ""
    )
    location = f' <span class="where">[{_e(finding.location)}]</span>' if finding.location else ""
    quoted = f"<blockquote>{_e(quote)}</blockquote>" if quote.strip() else ""
    return (
        f'<li class="finding" data-rule="{_e(finding.rule)}" data-severity="{finding.severity}">'
        f'<span class="sev sev-{finding.severity}">{_e(word(SEVERITY, finding.severity, lang))}</span> '
        f'<code>{_e(finding.rule)}</code> <span class="where">{finding.span.line}:{finding.span.column}</span> '
        f"{_e(finding.message)}{basis}{location}{quoted}</li>"
    )


def _run_findings(run: AuditRun, text: dict[str, str]) -> Iterator[str]:
    if not run.run_findings:
        return
    yield f'<section id="run-findings"><h2>{_e(text["run"])}</h2>\n<ol>'
    yield from (
        f"{_finding(f, '', run.lang)}".replace("</li>", f' <span class="where">{_e(f.path)}</span></li>')
        for f in run.run_findings
    )
    yield "</ol></section>"
