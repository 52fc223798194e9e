"""A folder holding every hostile file beside copies of the corpus: each corpus report
gets the findings it gets alone, each hostile file a finding, the run ends in bounded time."""

from __future__ import annotations

import json
import shutil
import time

import pytest
from click.testing import CliRunner

from linter.cli import main
from linter.readers import pdf_limits

from . import hostile
from .helpers import CORPUS, needs_corpus

pytestmark = needs_corpus
pytest.importorskip("docx")
pytest.importorskip("pdfplumber")
pytest.importorskip("lxml")

SECONDS = 60.0


def hostile_files() -> dict[str, bytes]:
    """Every hostile file, built small (the PDF limits are lowered to match, below)."""
    return {
        "amp.docx": hostile.amplified_numbering(paragraphs=20, repeats=2000),
        "lying.docx": hostile.lying_document(inflated=16 << 20),
        "no-numbering.docx": hostile.without_numbering(),
        "loop.pdf": hostile.reference_loop(),
        "bomb.pdf": hostile.flate_bomb(inflated=32 << 20),
        "pages.pdf": hostile.many_pages(600),
        "grid.pdf": hostile.ruled_grid(20, 20),
        "deep-divs.html": hostile.deep_html(3000),
        "deep-fonts.html": hostile.deep_html(3000, closed=False),
        "control.html": hostile.control_after_metadata(),
        "declarations.html": hostile.two_declarations(),
    }


def check(*paths) -> list[dict]:
    result = CliRunner().invoke(main, ["check", "--format", "json", *map(str, paths)])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def without_path(finding: dict) -> tuple:
    return (finding["rule"], finding["line"], finding["column"], finding["message"], finding["location"])


def test_a_folder_of_hostile_files_beside_the_corpus(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_limits, "MAX_STREAM", 8 << 20)
    monkeypatch.setattr(pdf_limits, "MAX_PATH_OPERATORS", 300)
    folder = tmp_path / "received"
    folder.mkdir()
    for name, data in hostile_files().items():
        (folder / name).write_bytes(data)
    reports = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".html", ".pdf"))
    for report in reports:
        shutil.copy(report, folder / report.name)

    start = time.perf_counter()
    found = check(folder)
    elapsed = time.perf_counter() - start

    by_file: dict[str, list[tuple]] = {}
    for finding in found:
        by_file.setdefault(finding["path"].rsplit("/", 1)[-1], []).append(without_path(finding))
    for name in hostile_files():
        assert by_file.get(name), f"{name}: no finding"
    for report in reports:
        alone = [without_path(finding) for finding in check(folder / report.name)]
        assert by_file.get(report.name, []) == alone, report.name
    assert elapsed < SECONDS
