"""Checks against a reviewer's roster of the organs expected to report (``audit --roster``)."""
