"""Kinds of years and dates: statistical period, report year, publication deadline (GK301–GK303)."""
