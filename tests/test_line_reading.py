"""Each physical line is read once, by ``linter.parse.lines.read`` (or ``read_split``, which cuts a
table row into cells and reads them at once): the AST node carries the reading, and the tables
use that very reading."""

from linter.parse import lines
from linter.parse.nodes import Item, Paragraph, Table

from .helpers import clean_report, model
from .tables_text import disclosure_report


def ast_readings(report) -> list[lines.Line]:
    found = []
    for node in report.document.walk():
        if isinstance(node, Table):
            found += [row.reading for row in node.rows]
        elif isinstance(node, Paragraph | Item):
            found += node.lines
    return found


def test_every_line_is_read_once(monkeypatch):
    calls = []
    for name in ("read", "read_split"):  # a line of text or cells found apart; cells cut and read at once
        reader = getattr(lines, name)
        monkeypatch.setattr(lines, name, lambda *args, reader=reader: calls.append(args[0]) or reader(*args))
    readings = ast_readings(model(clean_report()))
    assert len(calls) == len(readings) == len({id(r) for r in readings})
    assert sorted(calls) == sorted(r.number for r in readings)


def test_the_tables_use_the_readings_on_the_ast():
    report = model(clean_report())
    on_the_ast = {
        id(cell) for reading in ast_readings(report) for cell in (*reading.figures, *reading.lead, *reading.trail)
    }
    used = [cell for table in report.tables for _, _, cell in table.cells()]
    assert used and all(id(cell) in on_the_ast for cell in used)


def test_words_and_figures_are_a_table_row_not_running_text():
    report = model(disclosure_report("text"))
    rows = {row.reading.label: row for node in report.document.walk() if isinstance(node, Table) for row in node.rows}
    assert {"行政许可", "行政处罚", "行政强制", "行政事业性收费"} <= rows.keys()
    assert "行政许可" not in report.text.text
    assert report.tables.get("disclosure").value("permits", "decisions") == 1250


def test_a_sentence_broken_after_a_figure_stays_text():
    report = model("某某局2023年政府信息公开工作年度报告\n统计期限为 2025\n年 1 月 1 日至 12 月 31 日。\n")
    assert not any(isinstance(node, Table) for node in report.document.walk())
