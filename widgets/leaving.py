"""How a page's kernel leaves when its tab closes: at once, the database let go, the rest to the system.

Python's own shutdown frees the kit's objects one by one, and IPython's collects garbage first: a page's kernel
spent 1.3–1.4 CPU-seconds leaving, four times what its visit cost (``docs/decisions.md``). In a seminar every
page a person leaves pays that on the server the others wait for. The system frees a process's memory whole.
"""

from __future__ import annotations

import atexit
import logging
import os

from IPython import get_ipython

from workshop.store import forget_stores


def _leave() -> None:
    logging.shutdown()  # what the log was told reaches it
    forget_stores()  # PostgreSQL sees its connections closed, not dropped
    os._exit(0)


def leave_at_once_when_stopped() -> None:
    """From now on, a kernel's process leaves as soon as it is told to stop (any other process, such as a test
    run, keeps its exit and its exit status).

    Handlers registered before this one (IPython's history and garbage collection, Python's teardown of every
    module) are skipped; those registered later still run first.
    """
    if getattr(get_ipython(), "kernel", None) is not None:
        atexit.unregister(_leave)  # once, however many pages the kernel builds
        atexit.register(_leave)
