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
"""

import gc
import sys


def main() -> None:
    gc.disable()
    try:
        from linter.core import regex_cache

        regex_cache.seed(next((a for a in sys.argv[1:] if not a.startswith("-")), ""))  # the command, mostly
        from linter.cli import main as command_line
    finally:
        gc.freeze()
        gc.enable()
    try:
        command_line()
    finally:
        regex_cache.record()
