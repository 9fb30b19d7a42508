"""Pause Python's cyclic garbage collector while a large read or load makes millions of small objects."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collector_paused"]


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cyclic garbage collector paused (reference counting still frees).

    Each collection walks every live object: with a 150,000-row reply, or a Dataset of
    200,000 records, being turned into other objects, collections otherwise cost more than
    the work itself.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
