"""Reading a roster file (``--roster``): text one organ a line, CSV, or the first sheet
of an XLSX workbook (read with the standard library: a roster is small and plain)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from linter.core.errors import RunError
from linter.model.roster import Roster, RosterError, roster_from_csv, roster_from_rows, roster_from_text

_NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_COLUMN = re.compile(r"[A-Z]+")


def load_roster(path: Path) -> Roster:
    """The roster in ``path``; a RunError saying where when it cannot be read."""
    try:
        if path.suffix.lower() == ".xlsx":
            return roster_from_rows(str(path), _xlsx_rows(path))
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError, zipfile.BadZipFile, KeyError, ElementTree.ParseError) as error:
        raise RunError(f"{path}: cannot read the roster: {error}") from None
    except RosterError as error:
        raise RunError(str(error)) from None
    try:
        return roster_from_csv(str(path), text) if path.suffix.lower() == ".csv" else roster_from_text(str(path), text)
    except RosterError as error:
        raise RunError(str(error)) from None


def _xlsx_rows(path: Path) -> list[list[str]]:
    """The first sheet's rows as text, empty cells as ""."""
    with zipfile.ZipFile(path) as book:
        shared = _shared_strings(book)
        workbook = ElementTree.fromstring(book.read("xl/workbook.xml"))
        first = workbook.find("m:sheets/m:sheet", _NS)
        target = _sheet_target(book, first.get(_REL) if first is not None else None)
        sheet = ElementTree.fromstring(book.read(target))
    rows = []
    for row in sheet.iterfind("m:sheetData/m:row", _NS):
        cells: dict[int, str] = {}
        for cell in row.iterfind("m:c", _NS):
            cells[_column_index(cell.get("r", ""), len(cells))] = _cell_text(cell, shared)
        rows.append([cells.get(i, "") for i in range(max(cells, default=-1) + 1)])
    return rows


def _shared_strings(book: zipfile.ZipFile) -> list[str]:
    if "xl/sharedStrings.xml" not in book.namelist():
        return []
    root = ElementTree.fromstring(book.read("xl/sharedStrings.xml"))
    return ["".join(t.text or "" for t in item.iter(f"{{{_NS['m']}}}t")) for item in root.iterfind("m:si", _NS)]


def _sheet_target(book: zipfile.ZipFile, relation: str | None) -> str:
    rels = ElementTree.fromstring(book.read("xl/_rels/workbook.xml.rels"))
    for rel in rels:
        if rel.get("Id") == relation:
            target = rel.get("Target", "")
            return target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    return "xl/worksheets/sheet1.xml"


def _column_index(reference: str, default: int) -> int:
    match = _COLUMN.match(reference)
    if not match:
        return default
    index = 0
    for letter in match.group():
        index = index * 26 + ord(letter) - ord("A") + 1
    return index - 1


def _cell_text(cell: ElementTree.Element, shared: list[str]) -> str:
    kind = cell.get("t")
    if kind == "inlineStr":
        return "".join(t.text or "" for t in cell.iter(f"{{{_NS['m']}}}t"))
    value = cell.find("m:v", _NS)
    text = value.text or "" if value is not None else ""
    if kind == "s" and text.isdigit() and int(text) < len(shared):
        return shared[int(text)]
    return text
