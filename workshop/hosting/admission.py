"""A cap on the visitors' kernels: who arrives when the server is full gets a page that says so.

Kernels waiting in Voilà's pools are not visitors' and do not count; a visitor whose page is being
prepared counts from the moment they are let in, so a crowd arriving in the same second cannot pass the
cap together before their kernels exist.
"""

from __future__ import annotations

import asyncio
from html import escape

from workshop.i18n import _, in_language


def _ready(task) -> bool:
    """A pool's task whose kernel has started and run the page up to the visitor's request."""
    return isinstance(task, asyncio.Future) and task.done() and not task.cancelled() and not task.exception()


def pooled_kernel_ids(kernel_manager) -> set[str]:
    """Kernels started and waiting in a pool for a visitor (Voilà's ``_pools``: tasks per notebook)."""
    return {task.result()["kernel_id"] for pool in getattr(kernel_manager, "_pools", {}).values()
            for task in pool if _ready(task)}


def take_ready_first(kernel_manager, notebook: str) -> bool:
    """Whether the notebook's pool has a kernel ready now; if so, it is put first, where Voilà takes from.

    Voilà hands a visitor the pool's first task even while that kernel is still starting, or still waiting
    for ``fill_delay`` to refill the pool: the visitor would wait for it. Without a ready kernel the visitor
    gets a kernel of its own at once, and the refills stay for those who come later.
    """
    pool = getattr(kernel_manager, "_pools", {}).get(notebook, [])
    pool.sort(key=lambda task: not _ready(task))  # stable: ready kernels in the order they were started
    return bool(pool) and _ready(pool[0])


def visitor_kernels(kernel_manager) -> int:
    return len(set(kernel_manager.list_kernel_ids()) - pooled_kernel_ids(kernel_manager))


class Admission:
    """Lets visitors in while fewer than ``cap`` kernels serve visitors (0: no cap)."""

    def __init__(self, cap: int) -> None:
        self.cap = cap
        self.arriving = 0

    def let_in(self, kernel_manager) -> bool:
        if self.cap > 0 and visitor_kernels(kernel_manager) + self.arriving >= self.cap:
            return False
        self.arriving += 1
        return True

    def arrived(self) -> None:
        """The visitor's kernel is live now (or the request ended): it counts among the kernels from here."""
        self.arriving -= 1


def full_page(language: str) -> str:
    """The page a visitor gets when the cap is reached: it says so and tries again by itself after a minute."""
    with in_language(language) as chosen:
        title = _("The server is full right now – try again in a minute")
        explanation = _("Many pages are open at the same time. This page tries again by itself in a minute; "
                        "nothing you saved is lost.")
    return ("<!DOCTYPE html>\n"
            f'<html lang="{chosen}"><head><meta charset="utf-8"><meta http-equiv="refresh" content="60">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)}</title>"
            "<style>body{font-family:sans-serif;max-width:40em;margin:3em auto;padding:0 1em;line-height:1.5}"
            "</style></head>"
            f'<body><main><h1>{escape(title)}</h1><p role="status">{escape(explanation)}</p></main></body></html>')
