"""How many preheated kernels the configuration asks for, and whether the server's memory holds them.

Voilà keeps a pool of started kernels per notebook (``VoilaKernelManager.kernel_pools_config`` in
``voila.json``; a notebook without an entry gets the ``default`` entry, else ``VoilaConfiguration.default_pool_size``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from workshop.i18n import _

# What one page's kernel holds once the kit is imported: Start ~80 MB, a charting step ~130 MB (docs/drift.md).
DEFAULT_KERNEL_MB = 150
# Pools may take at most this share of the memory free at start: visitors' kernels need the rest.
POOL_SHARE_OF_FREE_MEMORY = 0.5


@dataclass(frozen=True)
class PoolPlan:
    """Kernels kept ready per notebook (path relative to the notebooks folder)."""

    sizes: Mapping[str, int]

    @property
    def total(self) -> int:
        return sum(self.sizes.values())


def notebooks_in(folder: Path) -> list[str]:
    """The notebooks Voilà preheats in ``folder``, as Voilà names them."""
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*.ipynb")
                  if ".ipynb_checkpoints" not in path.parts)


def plan_pools(notebooks: Iterable[str], pools_config: Mapping[str, Mapping], default_size: int,
               denied: Iterable[str] = ()) -> PoolPlan:
    """The pool sizes Voilà will fill, read as Voilà reads them."""
    default = pools_config.get("default", {"pool_size": max(default_size, 0)})
    skipped = set(denied)
    return PoolPlan({notebook: max(int(pools_config.get(notebook, default).get("pool_size", 1)), 0)
                     for notebook in notebooks if notebook not in skipped})


def available_memory_mb() -> int | None:
    """Memory the system can still give (Linux's MemAvailable), or None where it cannot be read."""
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) // 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def kernels_that_fit(available_mb: int, kernel_mb: int) -> int:
    return int(available_mb * POOL_SHARE_OF_FREE_MEMORY) // max(kernel_mb, 1)


def pool_memory_problem(plan: PoolPlan, kernel_mb: int, available_mb: int | None) -> str | None:
    """A Swedish (or English) refusal when the pools would take more memory than the server can spare."""
    if available_mb is None or plan.total <= kernels_that_fit(available_mb, kernel_mb):
        return None
    return _("The kernel pools in voila.json ask for {kernels} kernels, about {needed} MB, but this server has "
             "{available} MB free and the pools may take at most half of it: {fits} kernels. Make the pool sizes "
             "(pool_size) smaller; the server was not started and nothing was changed.").format(
        kernels=plan.total, needed=plan.total * kernel_mb, available=available_mb,
        fits=kernels_that_fit(available_mb, kernel_mb))
