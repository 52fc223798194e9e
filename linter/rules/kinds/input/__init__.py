"""Kinds for files that gave no text or are not reports (GK001–GK003)."""
