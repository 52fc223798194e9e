"""Running the pipeline over files: configuration and discovery, the engine (one file),
the session (a run's linters and sidecars), suppressions, baselines, fixes, and
``check`` (all of them in order, on one ``FileResult`` per file)."""
