"""Stage 5: rules declared in YAML (declarations) and the check kinds behind them (kinds)."""
