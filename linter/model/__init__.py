"""Stage 4: the AST understood as a report: its sections, years, organ and tables."""
