"""The Language Server: diagnostics on open, change and save; quick fixes for GK104/GK105."""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from linter import __version__
from linter.server.diagnostics import code_actions, diagnostic, findings


def build(lang: str = "zh") -> LanguageServer:
    server = LanguageServer("xxgk-lint", __version__)

    def lint(uri: str):
        document = server.workspace.get_text_document(uri)
        path = Path(to_fs_path(uri) or document.filename or "report.txt")
        return findings(path, document.source, lang), document.source.split("\n")

    def publish(uri: str) -> None:
        found, lines = lint(uri)
        diagnostics = [diagnostic(f, lines) for f in found]
        server.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics))

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(params: types.DidOpenTextDocumentParams) -> None:
        publish(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(params: types.DidChangeTextDocumentParams) -> None:
        publish(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(params: types.DidSaveTextDocumentParams) -> None:
        publish(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(params: types.DidCloseTextDocumentParams) -> None:
        empty = types.PublishDiagnosticsParams(uri=params.text_document.uri, diagnostics=[])
        server.text_document_publish_diagnostics(empty)

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    def actions(params: types.CodeActionParams) -> list[types.CodeAction]:
        found, lines = lint(params.text_document.uri)
        return code_actions(params.text_document.uri, found, lines, params.range)

    return server


def serve(lang: str = "zh") -> None:
    """Serve over standard input and output until the client says exit."""
    build(lang).start_io()
