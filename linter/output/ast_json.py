"""``xxgk-lint parse``: the AST and what the model made of it, as JSON."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from linter.core.figures import Number
from linter.core.spans import Fragment, Span
from linter.model.line_names import LineNames
from linter.model.organs import organ_key, same_organ_keys
from linter.model.report import ReportModel
from linter.model.tables.reading import TableReading
from linter.parse.nodes import Heading, Item, Paragraph, Section, Table, TableRow, Title


def document_json(model: ReportModel, path: str, previous: tuple[ReportModel, str] | None = None) -> dict[str, Any]:
    """The JSON of ``parse``; with ``previous`` (last year's model and path), whether the two pair."""
    document = model.document
    pairing = {"organ_key": organ_key(model.organ or "") or None, "year": model.report_year}
    if previous is not None:
        last, last_path = previous
        pairs = same_organ_keys(organ_key(last.organ or ""), pairing["organ_key"] or "")
        pairs = pairs and model.report_year is not None and last.report_year == model.report_year - 1
        pairing["previous"] = {"path": last_path, "organ": last.organ, "year": last.report_year, "pairs": pairs}
    return {
        "path": path,
        "ast": {
            "type": "document",
            "line_count": document.line_count,
            "front": [_fragment(f) for f in document.front],
            "title": _node(document.title) if document.title else None,
            "preamble": _node(document.preamble),
            "sections": [_node(s) for s in document.sections],
            "artifacts": [_fragment(f) for f in document.artifacts],
        },
        "report": _report(model),
        "pairing": pairing,
    }


def _report(model: ReportModel) -> dict[str, Any]:
    title, period, published = model.title, model.period, model.published
    return {
        "title": title.text if title else None,
        "organ": model.organ,
        "organ_kind": model.organ_kind,
        "year": model.report_year,
        "year_mentions": [{"year": m.year, "source": m.source, **m.span.to_json()} for m in model.year_mentions],
        "format_version": model.format_version,
        "period": {
            "start": list(period.start),
            "end": list(period.end) if period.end else None,
            **period.span.to_json(),
        }
        if period
        else None,
        "published": published.date.isoformat() if published else None,
        "sections": [
            {
                "number": s.spec.number,
                "title": s.spec.title,
                "status": s.status,
                "heading": s.heading.title if s.heading else None,
                "line": s.heading.span.line if s.heading else None,
            }
            for s in model.sections
        ],
        "tables": [_table(t) for t in model.tables],
    }


def _table(table: TableReading) -> dict[str, Any]:
    return {
        "name": table.name,
        "title": table.title.zh,
        "span": _span(table.span),
        "version": table.version,
        "confident": table.confident,
        "rows": {
            row.key: {
                column: {"text": c.text, "kind": c.kind, "value": _figure(c.value), **c.span.to_json()}
                for column, c in row.cells.items()
            }
            for row in table.rows.values()
        },
        "problems": [{"what": p.said(LineNames()).zh, **p.span.to_json()} for p in table.problems],
        "signals": [{"version": s.version, "what": s.what.zh, **s.span.to_json()} for s in table.signals],
    }


def _figure(value: Number | None) -> int | float | None:
    return float(value) if isinstance(value, Decimal) else value


def _span(span: Span | None) -> dict[str, int] | None:
    return span.to_json() if span else None


def _fragment(fragment: Fragment) -> dict[str, Any]:
    return {"line": fragment.line, "column": fragment.column, "text": fragment.text}


def _cell(cell: Fragment) -> dict[str, Any]:
    return {"text": cell.text, **cell.span.to_json()}


def _node(node: Any) -> dict[str, Any]:
    if isinstance(node, Section):
        return {
            "type": "section" if node.heading is None or node.heading.level == 1 else "subsection",
            "span": _span(node.span),
            "heading": _node(node.heading) if node.heading else None,
            "blocks": [_node(b) for b in node.blocks],
            "subsections": [_node(s) for s in node.subsections],
        }
    if isinstance(node, Heading):
        return {
            "type": "heading",
            "level": node.level,
            "numeral": node.numeral,
            "number": node.number,
            "marker": node.marker,
            "brackets": node.brackets,
            "title": node.title,
            "span": _span(node.span),
            "title_span": _span(node.title_span),
        }
    if isinstance(node, Paragraph | Title | Item):
        kind = {Paragraph: "paragraph", Title: "title", Item: "item"}[type(node)]
        extra = {"label": node.label} if isinstance(node, Item) else {}
        return {
            "type": kind,
            **extra,
            "text": node.text,
            "span": _span(node.span),
            "lines": [_fragment(f) for f in node.fragments],
        }
    if isinstance(node, Table):
        return {"type": "table", "span": _span(node.span), "rows": [_node(r) for r in node.rows]}
    if isinstance(node, TableRow):
        return {"type": "row", "layout": node.layout, "span": _span(node.span), "cells": [_cell(c) for c in node.cells]}
    raise TypeError(f"not an AST node: {type(node).__name__}")
