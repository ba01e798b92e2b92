"""Voilà runs a page's notebook through a kernel client that does not ping the kernel every second."""

from __future__ import annotations

import asyncio
from pathlib import Path

from jupyter_server.services.kernels.kernelmanager import AsyncMappingKernelManager

from workshop.hosting.kernel_client import KernelClientWithoutHeartbeat
from workshop.hosting.voila_app import KitVoila

ROOT = Path(__file__).resolve().parents[3]


def _kernel_manager(app: KitVoila):
    """A kernel's manager as Voilà makes one: by its kernels' manager, whose parent is the app."""
    kernels = AsyncMappingKernelManager(parent=app)
    return kernels.kernel_manager_factory(parent=kernels)


def test_the_kits_voila_gives_its_kernels_clients_without_a_heartbeat():
    app = KitVoila()
    app.configure_kernels()
    assert isinstance(_kernel_manager(app).client(), KernelClientWithoutHeartbeat)


def test_a_host_that_names_its_own_client_keeps_it():
    app = KitVoila()
    app.config.KernelManager.client_class = "jupyter_client.asynchronous.AsyncKernelClient"
    app.configure_kernels()
    assert type(_kernel_manager(app).client()).__name__ == "AsyncKernelClient"


def test_without_a_heartbeat_a_kernel_runs_code_and_its_end_is_still_seen():
    async def run() -> tuple[bool, str, bool, bool]:
        app = KitVoila()
        app.configure_kernels()
        manager = _kernel_manager(app)
        await manager.start_kernel(cwd=str(ROOT))
        client = manager.client()
        client.start_channels()
        try:
            await client.wait_for_ready(timeout=120)
            reply = await client.execute_interactive("print(6 * 7)", timeout=60,
                                                     output_hook=lambda message: outputs.append(message))
            alive = await client.is_alive()
            await manager.shutdown_kernel(now=True)
            return (client.hb_channel.is_alive(), reply["content"]["status"], alive, await client.is_alive())
        finally:
            client.stop_channels()

    outputs: list[dict] = []
    beating, status, alive_while_running, alive_once_ended = asyncio.run(run())
    assert not beating
    assert status == "ok"
    assert [message["content"]["text"] for message in outputs if message["msg_type"] == "stream"] == ["42\n"]
    assert alive_while_running and not alive_once_ended
