"""xxgk-lint server, driven over stdio by a real LSP client (pygls's LanguageClient):
diagnostics on open and change, quick fixes for the safe fixes."""

from __future__ import annotations

import asyncio
import sys

import pytest

from .helpers import CLEAN, SAMPLES

lsprotocol = pytest.importorskip("lsprotocol")
pytest.importorskip("pygls")

from lsprotocol import types  # noqa: E402
from pygls.lsp.client import LanguageClient  # noqa: E402

DEFECTS = SAMPLES / "2023-qinghe-education-bureau.txt"


class Session:
    """A client with the server running, and the diagnostics it published by document."""

    def __init__(self) -> None:
        self.client = LanguageClient("xxgk-lint-test", "1")
        self.published: asyncio.Queue[types.PublishDiagnosticsParams] = asyncio.Queue()

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def diagnostics(params: types.PublishDiagnosticsParams) -> None:
            self.published.put_nowait(params)

    async def __aenter__(self) -> Session:
        await self.client.start_io(sys.executable, "-m", "linter", "server")
        capabilities = types.ClientCapabilities()
        await self.client.initialize_async(types.InitializeParams(capabilities=capabilities, process_id=None))
        self.client.initialized(types.InitializedParams())
        return self

    async def __aexit__(self, *exc) -> None:
        await self.client.shutdown_async(None)
        self.client.exit(None)
        await self.client.stop()

    async def diagnostics(self, uri: str) -> list[types.Diagnostic]:
        while True:
            params = await asyncio.wait_for(self.published.get(), timeout=60)
            if params.uri == uri:
                return params.diagnostics


def _run(scenario) -> None:
    asyncio.run(asyncio.wait_for(scenario(), timeout=120))


def test_diagnostics_on_open_and_change_and_fixes_as_code_actions(tmp_path):
    path = tmp_path / "2023-bureau.txt"
    uri = path.as_uri()
    text = DEFECTS.read_text(encoding="utf-8")

    async def scenario() -> None:
        async with Session() as lsp:
            opened = types.TextDocumentItem(uri=uri, language_id="plaintext", version=1, text=text)
            lsp.client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=opened))
            found = await lsp.diagnostics(uri)
            codes = sorted(d.code for d in found)
            assert codes.count("GK105") == 2 and "GK101" in codes and len(found) == 11
            bracket = next(d for d in found if d.code == "GK105")
            assert bracket.range == types.Range(types.Position(10, 0), types.Position(10, 3))
            assert bracket.severity == types.DiagnosticSeverity.Warning and bracket.source == "xxgk-lint"

            actions = await lsp.client.text_document_code_action_async(
                types.CodeActionParams(
                    text_document=types.TextDocumentIdentifier(uri=uri),
                    range=bracket.range,
                    context=types.CodeActionContext(diagnostics=[bracket]),
                )
            )
            assert [a.title for a in actions] == ["GK105: → （二）"]
            edit = actions[0].edit.changes[uri][0]
            assert edit.new_text == "（二）" and edit.range == bracket.range

            clean = CLEAN.read_text(encoding="utf-8")
            whole = types.TextDocumentContentChangeWholeDocument(text=clean)
            changed = types.VersionedTextDocumentIdentifier(uri=uri, version=2)
            lsp.client.text_document_did_change(
                types.DidChangeTextDocumentParams(text_document=changed, content_changes=[whole])
            )
            assert list(await lsp.diagnostics(uri)) == []

    _run(scenario)


def test_files_besides_reports_get_no_diagnostics(tmp_path):
    readme = (tmp_path / "README.md").as_uri()

    async def scenario() -> None:
        async with Session() as lsp:
            item = types.TextDocumentItem(uri=readme, language_id="markdown", version=1, text="# 报告库\n")
            lsp.client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=item))
            assert list(await lsp.diagnostics(readme)) == []

    _run(scenario)


def test_without_pygls_the_server_says_what_to_install(monkeypatch):
    from .test_cli import run

    monkeypatch.setitem(sys.modules, "linter.server.lsp", None)
    result = run("server", "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr.startswith("xxgk-lint: error: xxgk-lint server needs pygls: pip install ")
    assert "[lsp]'" in result.stderr
