"""xxgk-lint: a linter for 政府信息公开工作年度报告.

The pipeline, one module a stage: ``readers`` (bytes → text) → ``lexer`` (lines →
tokens) → ``parser`` (tokens → AST in ``nodes``) → ``model`` (AST → report model)
→ ``checks`` (model → hits, declared by the YAML rules in ``rules/``) → ``engine``
(hits → findings) → ``output`` (findings → text, JSON …).
"""

__version__ = "0.1.0"
