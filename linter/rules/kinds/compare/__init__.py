"""Cross-report checks (GK5xx): a report against last year's of the same organ, and
against the other reports of the run. Each kind has ``STAGE = "compare"`` and is given
a ``Comparison`` (see ``linter.model.digest``) instead of a model."""
