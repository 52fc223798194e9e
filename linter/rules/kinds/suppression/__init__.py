"""Kinds that report on suppressions themselves (GK004, GK005)."""
