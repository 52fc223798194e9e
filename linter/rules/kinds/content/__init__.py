"""Kinds of what the text says: required topics, phrases, stated figures (GK108, GK109, GK401, GK403)."""
