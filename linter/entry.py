"""The ``xxgk-lint`` command's entry point: the command line (``cli``) started without
the cyclic garbage collector running over the start-up, and with the regular
expressions of earlier runs ready (see ``core.regex_cache``).

Importing the linter and loading its rules and format allocates tens of thousands of
objects that live as long as the process and hold no garbage cycles; with the collector
on, each few hundred allocations trigger a pass over all of them (a fifth of the
linter's own start-up time). They are frozen (moved out of the collector's view) once
loaded, and the collector runs as usual for the files that are checked. It is off from
the first import of this module's own (the regex cache's imports: json, pathlib,
hashlib…).

A ``check`` ends without the interpreter's teardown (see ``_end``).
"""

import gc
import os
import sys


def main() -> None:
    gc.disable()
    command = next((a for a in sys.argv[1:] if not a.startswith("-")), "")  # the command, mostly
    try:
        from linter.core import regex_cache

        regex_cache.seed(command)
        from linter.cli import main as command_line
    finally:
        gc.freeze()
        gc.enable()
    status: object = None
    try:
        command_line()
    except SystemExit as end:
        status = end.code
    finally:
        regex_cache.record()
    _end(status, command == "check")


def _end(status: object, check: bool) -> None:
    """Exit with ``status`` as ``sys.exit`` does. A check that started no other thread
    or process ends once the standard streams are flushed (and logging's handlers, as
    at exit), without tearing the interpreter down: freeing each module, class and
    function one by one is ~2% of a cold check, and it has nothing else to do at exit.
    Anything unusual (a status that is not a number, a stream that cannot be flushed, a
    pool, another thread) exits the usual way, with the usual messages."""
    if not check or not (status is None or isinstance(status, int)) or not _alone():
        raise SystemExit(status)
    try:
        if "logging" in sys.modules:
            sys.modules["logging"].shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
    except Exception:  # a closed pipe: Python reports it and sets the status, as ever
        raise SystemExit(status) from None
    os._exit(status or 0)


def _alone() -> bool:
    """Whether this process runs no other thread and has no pool of processes to end."""
    if "multiprocessing" in sys.modules or "concurrent.futures" in sys.modules:
        return False
    threading = sys.modules.get("threading")
    return threading is None or threading.active_count() == 1
