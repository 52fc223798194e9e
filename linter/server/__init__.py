"""``xxgk-lint server``: the linter for editors, as a Language Server (needs the ``lsp`` extra)."""
