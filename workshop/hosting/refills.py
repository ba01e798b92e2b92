"""Pool kernels start when the machine is quiet, one at a time: visitors' pages come first.

Starting a kernel for a pool and running its page up to the visitor's request takes a core for seconds. Voilà
starts a pool's replacement ``fill_delay`` after each visit and fills every pool at once when the server starts;
during a seminar's crowd, or while a fresh server fills 16 pools, those starts took the processors the visitors'
pages were waiting for (``bench/crowd.py``: 42 replacements during 40 visits, 7.6 CPU-s each). Here a kernel
meant for a pool first waits until the machine's processors are less busy than ``quiet_cpu_share``, and only one
such kernel starts at a time. A visitor's own kernel never waits.

Voilà builds its kernel manager on ``VoilaConfiguration.multi_kernel_manager_class``; ``voila.json`` names this one.
"""

from __future__ import annotations

import asyncio
import time

import psutil
from jupyter_server.services.kernels.kernelmanager import AsyncMappingKernelManager
from traitlets import Float

# Voilà's mark on the environment of a kernel it starts for a pool (voila.utils.ENV_VARIABLE.VOILA_PREHEAT).
_FOR_A_POOL = "VOILA_PREHEAT"


def idle_and_total() -> tuple[float, float]:
    """The machine's idle processor-seconds (waiting on the disk counts as idle) and all of them, since boot."""
    times = psutil.cpu_times()
    return times.idle + getattr(times, "iowait", 0.0), sum(times)


def busy_share(before: tuple[float, float], after: tuple[float, float]) -> float:
    """The share of the processors' time between two readings of ``idle_and_total`` that was not idle."""
    spent = after[1] - before[1]
    return 1.0 - (after[0] - before[0]) / spent if spent > 0 else 0.0


async def until_quiet(share: float, longest: float, sample: float = 1.0) -> float:
    """Wait until the processors were less busy than ``share`` over ``sample`` seconds, or ``longest`` seconds
    passed (a server that is never quiet still gets its pools back). Returns the seconds waited."""
    started = time.monotonic()
    while True:
        before = idle_and_total()
        await asyncio.sleep(sample)
        waited = time.monotonic() - started
        if busy_share(before, idle_and_total()) < share or waited >= longest:
            return waited


class QuietPoolKernelManager(AsyncMappingKernelManager):
    quiet_cpu_share = Float(0.4, config=True,
                            help="A kernel for a pool starts only when the machine's processors were less busy than "
                                 "this share (0-1) for a second; visitors' own kernels never wait.")
    quiet_longest_wait = Float(600, config=True,
                               help="Seconds a kernel for a pool waits at most for a quiet machine, from the "
                                    "moment Voilà asks for it.")

    def __init__(self, **kwargs) -> None:
        self._one_pool_start: asyncio.Lock | None = None
        super().__init__(**kwargs)

    async def start_kernel(self, *args, **kwargs) -> str:  # type: ignore[override]  # async, as its base's
        if (kwargs.get("env") or {}).get(_FOR_A_POOL) != "True":
            return await super().start_kernel(*args, **kwargs)
        if self._one_pool_start is None:  # created on the server's loop, where the pools' tasks run
            self._one_pool_start = asyncio.Lock()
        asked = time.monotonic()
        async with self._one_pool_start:
            # The longest wait counts from the kernel's request, not from its turn: on a machine never quiet, the
            # kernels queued behind each other would otherwise wait the longest wait one after the other.
            left = max(0.0, self.quiet_longest_wait - (time.monotonic() - asked))
            waited = await until_quiet(self.quiet_cpu_share, left)
            if waited > 2:
                self.log.info("A pool's kernel starts after %.0f s waiting for a quiet machine", waited)
            return await super().start_kernel(*args, **kwargs)
