"""Running the pipeline over files: configuration, the engine, suppressions, baselines, fixes."""
