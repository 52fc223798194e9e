"""Hypothesis profiles for the property-based tests: ``fast`` in the default test run,
``long`` for a long fuzzing run (``HYPOTHESIS_PROFILE=long``, e.g. from bench/fuzz.py).
No example database is kept: a test run writes nothing beside the sources."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# Time is a property the tests assert themselves, loosely: a deadline per example would
# fail on a loaded machine without saying anything about the code.
settings.register_profile(
    "fast", max_examples=50, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "long", max_examples=100_000, deadline=None, database=None, suppress_health_check=list(HealthCheck)
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fast"))
