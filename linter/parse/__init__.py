"""Stage 2–3: lines of text → line tokens (lexer) → Lark parse tree → AST (nodes)."""
