"""Kinds of the standard tables: presence, reading, identities, values, format (GK201–GK208)."""
