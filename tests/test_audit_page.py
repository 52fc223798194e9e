"""The audit page in a real browser (Debian's headless chromium): it loads without
errors, the filter in its address is applied, and report text never runs as code."""

import shutil
import subprocess
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner

from linter.cli import main

from .helpers import CLEAN, CORPUS, SAMPLES

DEFECTS = SAMPLES / "2023-qinghe-education-bureau.txt"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
HOSTILE_TITLE = (
    '青禾县<script>document.body.setAttribute("data-pwned", "1")</script>"审计局\'2023年政府信息公开工作年度报告'
)

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (.ci/run installs it)")


class Page(HTMLParser):
    """The dumped DOM: each element's attributes by id, the body's, and the text."""

    def __init__(self, html: str):
        super().__init__()
        self.by_id: dict[str, dict[str, str | None]] = {}
        self.body: dict[str, str | None] = {}
        self.scripts = 0
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        found = dict(attrs)
        if "id" in found:
            self.by_id[found["id"]] = found
        if tag == "body":
            self.body = found
        if tag == "script":
            self.scripts += 1

    def handle_data(self, data):
        self.text.append(data)

    def shown(self, prefix: str) -> list[str]:
        return [i for i, a in self.by_id.items() if i.startswith(prefix) and "hidden" not in a]


def browse(page, fragment: str, tmp_path) -> tuple[Page, str]:
    """The page's DOM after its scripts ran, opened at ``#fragment``; and chromium's log."""
    done = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--enable-logging=stderr",
            "--v=0",
            "--dump-dom",
            f"{page.as_uri()}#{fragment}",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return Page(done.stdout), done.stderr


def audit_page(tmp_path, *paths):
    out = tmp_path / "audit.html"
    result = CliRunner().invoke(main, ["audit", *map(str, paths), "--output", str(out), "-q", "--jobs", "1"])
    assert result.exit_code in (0, 1), result.output
    return out


def no_errors(page: Page, log: str) -> None:
    assert page.body.get("data-ready") == "1"  # the script ran to its end
    assert "hidden" in page.by_id["errors"]  # window.onerror wrote nothing
    assert "Uncaught" not in log and "CONSOLE" not in log


def test_the_filter_in_the_address_shows_only_matching_reports(tmp_path):
    page, log = browse(audit_page(tmp_path, CLEAN, DEFECTS), "status=findings&rule=GK101", tmp_path)
    no_errors(page, log)
    assert page.shown("row-") == ["row-2"]  # the defective report, not the clean one
    assert page.shown("report-") == ["report-2"]
    assert page.by_id["shown"]["data-shown"] == "1"
    everything, _ = browse(audit_page(tmp_path, CLEAN, DEFECTS), "", tmp_path)
    assert everything.shown("row-") == ["row-1", "row-2"]


def test_report_text_is_escaped_not_run(tmp_path):
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(HOSTILE_TITLE + "\n" + CLEAN.read_text(encoding="utf-8").split("\n", 1)[1], encoding="utf-8")
    page, log = browse(audit_page(tmp_path, hostile), "status=findings", tmp_path)
    no_errors(page, log)
    assert "data-pwned" not in page.body
    assert page.scripts == 1  # only the page's own
    assert page.shown("row-") == ["row-1"]
    assert any("<script>" in text for text in page.text)  # shown as text


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the shared corpus is not at {CORPUS}")
def test_the_corpus_page_filters_by_organ_and_severity(tmp_path):
    page, log = browse(audit_page(tmp_path, CORPUS), "organ=%E6%B4%AA%E6%B3%BD&severity=error", tmp_path)  # 洪泽
    no_errors(page, log)
    shown = page.shown("row-")
    assert len(shown) == 4  # the 2023 and 2024 reports of 洪泽区, text and PDF
    assert all("洪泽" in page.by_id[row]["data-organ"] for row in shown)
