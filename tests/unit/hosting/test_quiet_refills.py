"""Kernels for a pool wait for a quiet machine, one at a time; a visitor's own kernel never waits."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from jupyter_client.kernelspec import NATIVE_KERNEL_NAME

from workshop.hosting import refills
from workshop.hosting.refills import QuietPoolKernelManager, busy_share, idle_and_total, until_quiet

ROOT = Path(__file__).resolve().parents[3]
FOR_A_POOL = {"VOILA_PREHEAT": "True"}


def test_the_busy_share_is_the_time_not_idle_between_two_readings():
    assert busy_share((10.0, 20.0), (15.0, 30.0)) == 0.5
    assert busy_share((10.0, 20.0), (20.0, 30.0)) == 0.0
    assert busy_share((10.0, 20.0), (10.0, 20.0)) == 0.0  # no time passed: nothing to wait for
    idle, total = idle_and_total()
    assert 0 <= idle <= total


def _machine(monkeypatch, busy_samples: int) -> list[str]:
    """The machine as ``idle_and_total`` reads it: fully busy for ``busy_samples`` samples, then idle."""
    readings: list[str] = []
    clock = {"idle": 0.0, "total": 0.0}

    def reading() -> tuple[float, float]:
        sample = len(readings) // 2
        readings.append("busy" if sample < busy_samples else "idle")
        if len(readings) % 2 == 0:  # the second reading of a sample: one second of the processors has passed
            clock["total"] += 1.0
            clock["idle"] += 0.0 if sample < busy_samples else 1.0
        return clock["idle"], clock["total"]

    monkeypatch.setattr(refills, "idle_and_total", reading)
    return readings


def test_a_pools_kernel_waits_while_the_machine_is_busy(monkeypatch):
    readings = _machine(monkeypatch, busy_samples=3)
    asyncio.run(until_quiet(0.4, longest=60, sample=0.01))
    assert len(readings) == 8  # three busy samples, then the quiet one


def test_a_machine_that_is_never_quiet_still_gets_its_pools_back(monkeypatch):
    _machine(monkeypatch, busy_samples=10**6)
    waited = asyncio.run(until_quiet(0.4, longest=0.05, sample=0.01))
    assert 0.05 <= waited < 1


@pytest.fixture
def held_machine(monkeypatch):
    """A machine that stays busy until the test lets it go quiet; the share each pool kernel waited for, and the
    longest it was to wait."""
    quiet = asyncio.Event()
    waiting: list[float] = []
    longest_waits: list[float] = []

    async def until_released(share: float, longest: float) -> float:
        waiting.append(share)
        longest_waits.append(longest)
        await quiet.wait()
        return 0.0

    monkeypatch.setattr(refills, "until_quiet", until_released)
    return quiet, waiting, longest_waits


def test_a_visitors_kernel_starts_at_once_and_a_pools_after_the_machine_is_quiet(held_machine):
    quiet, waiting, _longest_waits = held_machine

    async def visit() -> None:
        manager = QuietPoolKernelManager()
        try:
            for_the_pool = asyncio.ensure_future(manager.start_kernel(kernel_name=NATIVE_KERNEL_NAME,
                                                                      env=FOR_A_POOL))
            visitors = await asyncio.wait_for(manager.start_kernel(kernel_name=NATIVE_KERNEL_NAME), 60)
            assert manager.list_kernel_ids() == [visitors]
            assert not for_the_pool.done() and waiting == [0.4]
            quiet.set()
            pooled = await asyncio.wait_for(for_the_pool, 60)
            assert set(manager.list_kernel_ids()) == {visitors, pooled}
        finally:
            await manager.shutdown_all()

    asyncio.run(visit())


def test_kernels_for_pools_start_one_at_a_time(held_machine):
    quiet, waiting, _longest_waits = held_machine

    async def fill() -> None:
        manager = QuietPoolKernelManager()
        try:
            starts = [asyncio.ensure_future(manager.start_kernel(kernel_name=NATIVE_KERNEL_NAME, env=FOR_A_POOL))
                      for _ in range(2)]
            await asyncio.sleep(0.2)
            assert waiting == [0.4]  # the second waits for the first to have started, before it reads the machine
            quiet.set()
            await asyncio.wait_for(asyncio.gather(*starts), 60)
            assert waiting == [0.4, 0.4] and len(manager.list_kernel_ids()) == 2
        finally:
            await manager.shutdown_all()

    asyncio.run(fill())


def test_the_longest_wait_counts_from_the_kernels_request_not_from_its_turn(held_machine):
    quiet, _waiting, longest_waits = held_machine

    async def fill() -> None:
        manager = QuietPoolKernelManager(quiet_longest_wait=600)
        try:
            starts = [asyncio.ensure_future(manager.start_kernel(kernel_name=NATIVE_KERNEL_NAME, env=FOR_A_POOL))
                      for _ in range(2)]
            await asyncio.sleep(1.0)  # the machine is busy while the first waits its turn's first second
            quiet.set()
            await asyncio.wait_for(asyncio.gather(*starts), 60)
        finally:
            await manager.shutdown_all()

    asyncio.run(fill())
    first, second = longest_waits
    assert first > 599 and second < 599  # the second's time ran while it queued behind the first


def test_the_kits_voila_configuration_uses_it():
    settings = json.loads((ROOT / "voila.json").read_text())
    named = settings["VoilaConfiguration"]["multi_kernel_manager_class"]
    assert named == f"{QuietPoolKernelManager.__module__}.{QuietPoolKernelManager.__name__}"
