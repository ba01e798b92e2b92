"""Kernel pools from configuration, their memory, and the cap on visitors' kernels."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import pytest

from workshop.hosting.admission import Admission, full_page, pooled_kernel_ids, take_ready_first, visitor_kernels
from workshop.hosting.pool import kernels_that_fit, notebooks_in, plan_pools, pool_memory_problem

ROOT = Path(__file__).resolve().parents[3]


def test_pools_follow_voilas_reading_a_notebooks_own_entry_then_the_default_entry():
    plan = plan_pools(["00_start.ipynb", "01_malgrupp.ipynb", "02_mal_och_matt.ipynb"],
                      {"default": {"pool_size": 1}, "00_start.ipynb": {"pool_size": 6}}, default_size=0,
                      denied=["02_mal_och_matt.ipynb"])
    assert dict(plan.sizes) == {"00_start.ipynb": 6, "01_malgrupp.ipynb": 1}
    assert plan.total == 7
    assert plan_pools(["a.ipynb", "b.ipynb"], {}, default_size=3).total == 6


def test_the_kits_notebooks_are_found_as_voila_names_them():
    assert "00_start.ipynb" in notebooks_in(ROOT / "notebooks")


def test_a_pool_larger_than_half_the_free_memory_is_refused_in_swedish():
    plan = plan_pools(["00_start.ipynb"], {"00_start.ipynb": {"pool_size": 40}}, 0)
    assert kernels_that_fit(4000, 150) == 13
    message = pool_memory_problem(plan, kernel_mb=150, available_mb=4000)
    assert message is not None
    assert "40 kärnor" in message and "4000 MB ledigt" in message and "13 kärnor" in message
    assert pool_memory_problem(plan, kernel_mb=150, available_mb=24000) is None
    assert pool_memory_problem(plan, kernel_mb=150, available_mb=None) is None  # not Linux: nothing to compare


def test_the_server_does_not_start_with_a_pool_memory_cannot_hold(tmp_path):
    finished = subprocess.run([sys.executable, "-m", "workshop.hosting.voila_app", "notebooks", "--no-browser",
                               "--port=1", "--KitVoila.kernel_memory_mb=100000000"],
                              cwd=ROOT, capture_output=True, text=True, timeout=120,
                              env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "HOME": str(tmp_path)})
    assert finished.returncode == 2
    assert "servern startades inte" in finished.stderr
    assert "Kernel started" not in finished.stderr + finished.stdout


class _Kernels:
    """What the cap reads of Voilà's kernel manager: the live kernels and the pools of started kernels."""

    def __init__(self, live: list[str], pooled: list[str]) -> None:
        self.live = live
        self._pools = {"00_start.ipynb": [_done({"kernel_id": kernel_id}) for kernel_id in pooled]}

    def list_kernel_ids(self) -> list[str]:
        return list(self.live)


def _done(result) -> asyncio.Future:
    loop = asyncio.new_event_loop()
    future = loop.create_future()
    future.set_result(result)
    loop.close()
    return future


def test_kernels_waiting_in_a_pool_are_not_visitors():
    kernels = _Kernels(live=["a", "b", "c"], pooled=["c"])
    assert pooled_kernel_ids(kernels) == {"c"}
    assert visitor_kernels(kernels) == 2


def _starting() -> asyncio.Future:
    return asyncio.new_event_loop().create_future()


def test_a_visitor_takes_a_ready_kernel_never_one_still_starting_or_waiting_to_refill():
    kernels = _Kernels(live=[], pooled=[])
    starting, ready, later = _starting(), _done({"kernel_id": "ready"}), _done({"kernel_id": "later"})
    kernels._pools["00_start.ipynb"] = [starting, ready, later]
    assert take_ready_first(kernels, "00_start.ipynb")
    assert kernels._pools["00_start.ipynb"] == [ready, later, starting]  # Voilà takes the first
    kernels._pools["00_start.ipynb"] = [starting]
    assert not take_ready_first(kernels, "00_start.ipynb")  # a kernel of the visitor's own starts instead
    assert not take_ready_first(kernels, "01_malgrupp.ipynb")


def test_the_cap_counts_visitors_kernels_and_those_still_arriving():
    kernels = _Kernels(live=["pool-1", "visitor-1"], pooled=["pool-1"])
    admission = Admission(cap=3)
    assert admission.let_in(kernels) and admission.let_in(kernels)  # two arrive in the same moment
    assert not admission.let_in(kernels)
    admission.arrived()
    kernels.live.append("visitor-2")  # the first has its kernel now
    assert not admission.let_in(kernels)
    kernels.live.remove("visitor-1")  # a tab closed
    assert admission.let_in(kernels)
    assert Admission(cap=0).let_in(_Kernels(live=[str(n) for n in range(500)], pooled=[]))


@pytest.mark.parametrize(("language", "heading"), [
    ("sv", "Servern är full just nu – försök igen om en minut"),
    ("en", "The server is full right now – try again in a minute"),
])
def test_the_full_page_says_so_in_the_visitors_language_and_tries_again(language, heading):
    page = full_page(language)
    assert f"<h1>{heading}</h1>" in page
    assert f'lang="{language}"' in page and 'http-equiv="refresh" content="60"' in page
