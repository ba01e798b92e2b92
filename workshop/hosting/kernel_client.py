"""The client Voilà's executor uses to run a page's notebook in its kernel, without a heartbeat.

jupyter_client's clients start a heartbeat thread that pings the kernel every second. Voilà's executor holds a
client for each kernel of its pools while the kernel waits for its visitor, so a server kept ready for a seminar
pings dozens of kernels a second in its own process, each ping taking the lock that serves the visitors. Nothing
of Voilà's reads that heartbeat: whether a kernel lives is asked of its kernel manager, which watches the process.
"""

from __future__ import annotations

from jupyter_client.asynchronous import AsyncKernelClient

DOTTED_NAME = f"{__name__}.KernelClientWithoutHeartbeat"


class KernelClientWithoutHeartbeat(AsyncKernelClient):
    def start_channels(self, shell: bool = True, iopub: bool = True, stdin: bool = True, hb: bool = False,
                       control: bool = True) -> None:
        super().start_channels(shell=shell, iopub=iopub, stdin=stdin, hb=hb, control=control)
