"""The words of the audit's tables, in Chinese and English: column names, statuses,
organ kinds and levels. One place, so the terminal, the workbook, the CSV and the
page name things alike."""

from __future__ import annotations

from linter.model.facts import ReportFacts

COLUMNS = {
    "file": ("文件", "File"),
    "organ": ("机关", "Organ"),
    "kind": ("机关类型", "Organ kind"),
    "region": ("地区", "Region"),
    "year": ("年度", "Year"),
    "format": ("格式", "Format"),
    "published": ("发布日期", "Published"),
    "errors": ("错误", "Errors"),
    "warnings": ("警告", "Warnings"),
    "info": ("提示", "Info"),
    "rules": ("主要问题", "Most frequent rules"),
    "status": ("状态", "Status"),
    "line": ("行", "Line"),
    "column": ("列", "Column"),
    "section": ("部分", "Section"),
    "rule": ("规则", "Rule"),
    "name": ("名称", "Name"),
    "severity": ("级别", "Severity"),
    "message": ("问题", "Message"),
    "basis": ("依据", "Basis"),
    "location": ("位置", "Location"),
    "quote": ("原文", "Source line"),
    "roster": ("名单", "Roster"),
    "count": ("数量", "Count"),
}
STATUS = {
    "clean": ("无问题", "clean"),
    "findings": ("有问题", "findings"),
    "unreadable": ("无法读取", "unreadable"),
    "not-a-report": ("不是年度报告", "not a report"),
}
KINDS = {
    "government": ("人民政府", "people's government"),
    "township-government": ("乡镇人民政府", "township government"),
    "sub-district-office": ("街道办事处", "sub-district office"),
    "department": ("部门", "department"),
}
LEVELS = {
    "provincial": ("省级", "provincial"),
    "prefecture": ("市级", "prefecture-level"),
    "county": ("县级", "county-level"),
    "township": ("乡级", "township-level"),
}
SEVERITY = {"error": ("错误", "error"), "warning": ("警告", "warning"), "info": ("提示", "info")}
SHEETS = {
    "reports": ("报告", "Reports"),
    "findings": ("问题清单", "Findings"),
    "missing": ("未报送机关", "Missing organs"),
}
TOTALS = {
    "by_rule": ("按规则统计", "By rule"),
    "by_status": ("按状态统计", "By status"),
    "missing": ("未报送", "missing"),
}


def word(table: dict[str, tuple[str, str]], key: str, lang: str) -> str:
    """``key``'s name in ``lang``; the key itself when the table has none."""
    names = table.get(key)
    return (names[1] if lang == "en" else names[0]) if names else key


def columns(keys: tuple[str, ...], lang: str) -> list[str]:
    return [word(COLUMNS, key, lang) for key in keys]


def organ_kind(facts: ReportFacts | None, lang: str) -> str:
    """``县级人民政府``, ``county-level people's government``; "" when not known."""
    if facts is None or facts.organ_kind is None:
        return ""
    kind = word(KINDS, facts.organ_kind, lang)
    if facts.organ_level is None:
        return kind
    return f"{word(LEVELS, facts.organ_level, lang)}{' ' if lang == 'en' else ''}{kind}"
