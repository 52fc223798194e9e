"""Kinds of the report's structure: sections, their order, numbering, headings, title (GK101–GK110)."""
