"""The cyclic garbage collector paused while one file is checked.

A check builds a great many small objects (fragments, cells, readings, nodes) that hold
no cycles and all live until it ends: reference counting frees them, and the cyclic
collector finds nothing among them (after a check of a 2 MB page, ``gc.collect()``
frees no object) but walks them again each time they are promoted to an older
generation, which took a third of that check's time (``bench/run.py``). The collector
runs again as soon as the check ends.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No cyclic collection inside the block; left as it was if already off."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
