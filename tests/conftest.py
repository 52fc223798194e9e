import os
import shutil
import sys
import tempfile

# Tests (and the commands they start) keep xxgk-lint's cache out of the user's home.
os.environ["XXGK_LINT_CACHE_DIR"] = tempfile.mkdtemp(prefix="xxgk-lint-test-cache-")


def _is_pre_commit_test(item) -> bool:
    return item.path.name == "test_pre_commit.py"


def pytest_collection_modifyitems(session, config, items):
    """The pre-commit tests last: their hook environment is built while the others run."""
    items.sort(key=_is_pre_commit_test)  # stable: every other test keeps its place


def pytest_collection_finish(session):
    if shutil.which("git") and any(_is_pre_commit_test(item) for item in session.items):
        from tests.test_pre_commit import hook_environment

        hook_environment()


def pytest_sessionfinish(session, exitstatus):
    module = sys.modules.get("tests.test_pre_commit")
    if module is not None:
        module.close_hook_environment()
