"""Shared by every stage: errors, text folding, figures, findings, resources, the cache."""
