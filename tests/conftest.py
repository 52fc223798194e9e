import os
import tempfile

# Tests (and the commands they start) keep xxgk-lint's cache out of the user's home.
os.environ["XXGK_LINT_CACHE_DIR"] = tempfile.mkdtemp(prefix="xxgk-lint-test-cache-")
