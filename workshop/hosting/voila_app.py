"""Voilà as the kit serves it: the same app, with a page handler that sets the XSRF cookie and keeps the cap.

``workshop serve`` runs this module instead of ``voila``; everything else (``voila.json``, the template,
the kernel pools) is Voilà's own.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import tornado.web
from traitlets import Integer
from voila.app import Voila
from voila.tornado.handler import TornadoVoilaHandler

from workshop.hosting import bokehjs, kernel_client
from workshop.hosting.admission import Admission, full_page, take_ready_first
from workshop.hosting.pool import DEFAULT_KERNEL_MB, available_memory_mb, notebooks_in, plan_pools, pool_memory_problem
from workshop.hosting.request_log import log_request, request_summary
from workshop.i18n import set_language
from workshop.session import language_from_query

_ADMISSION = "workshop_admission"


class KitVoilaHandler(TornadoVoilaHandler):
    """Voilà's page handler, plus three things it lacks."""

    _arriving = False
    _notebook: str | None = None

    @tornado.web.authenticated
    async def get(self, path=None):
        self._notebook = self.notebook_path or path
        # Reading the token makes Tornado set its ``_xsrf`` cookie, which Voilà's shutdown beacon sends back
        # when the tab closes; without it the beacon is refused and the kernel lives on (voila issue 1458).
        _ = self.xsrf_token
        admission: Admission = self.settings[_ADMISSION]
        if not admission.let_in(self.kernel_manager):
            self.set_status(503)
            self.set_header("Retry-After", "60")
            self.set_header("Cache-Control", "no-store")
            self.finish(full_page(language_from_query(self.request.query)))
            return
        self._arriving = True
        try:
            await super().get(path)
        finally:
            self._arrived()

    def should_use_rendered_notebook(self, *args, **kwargs) -> bool:
        # Only a kernel that is ready: a refill still waiting for ``fill_delay`` would keep the visitor waiting.
        return (self._notebook is not None and take_ready_first(self.kernel_manager, self._notebook)
                and super().should_use_rendered_notebook(*args, **kwargs))

    def flush(self, *args, **kwargs):
        # The first bytes of the page leave once its kernel is live: from then on the kernel itself is counted.
        self._arrived()
        return super().flush(*args, **kwargs)

    def _request_summary(self) -> str:
        # Tornado's warnings about a failed page name the request: without the visitor's link key.
        return request_summary(self)

    def _arrived(self) -> None:
        if self._arriving:
            self._arriving = False
            self.settings[_ADMISSION].arrived()


class KitVoila(Voila):
    max_kernels = Integer(40, config=True, help="Most kernels serving visitors at once (pools not counted); "
                                                "0 for no cap. More visitors get a 'server is full' page.")
    kernel_memory_mb = Integer(DEFAULT_KERNEL_MB, config=True,
                               help="Memory one page's kernel takes, for checking the pools against free memory.")

    def initialize(self, argv=None):
        super().initialize(argv)
        self.configure_kernels()
        problem = pool_memory_problem(self.pool_plan(), self.kernel_memory_mb, available_memory_mb())
        if problem:
            print(problem, file=sys.stderr)
            self.exit(2)
        self._serve_bokehjs()

    def configure_kernels(self) -> None:
        """How Voilà talks to its kernels, where the host's configuration says nothing else."""
        if os.name == "posix" and "transport" not in self.config.KernelManager:
            # Kernels talk over Unix sockets in Voilà's private folder: a seminar starts dozens of kernels at once,
            # and over TCP two of them drew the same free port, so one died; no other user on the host can reach
            # a socket file either.
            self.config.KernelManager.transport = "ipc"
        if "client_class" not in self.config.KernelManager:
            self.config.KernelManager.client_class = kernel_client.DOTTED_NAME

    def _serve_bokehjs(self) -> None:
        """BokehJS as a static file, named to the template and announced to the kernels (``bokehjs``)."""
        self.static_paths.append(str(bokehjs.bokehjs_folder()))
        resources = self.config.VoilaConfiguration.get("resources", {})
        self.config.VoilaConfiguration.resources = {**resources, bokehjs.RESOURCE: bokehjs.bokehjs_file()}
        os.environ[bokehjs.IN_PAGE] = "1"

    def pool_plan(self):
        if not self.voila_configuration.preheat_kernel:
            return plan_pools([], {}, 0)
        manager = self.config.get("VoilaKernelManager", {})
        return plan_pools(notebooks_in(Path(self.root_dir)), manager.get("kernel_pools_config", {}),
                          self.voila_configuration.default_pool_size, manager.get("preheat_denylist", []))

    def init_settings(self):
        settings = super().init_settings()
        settings[_ADMISSION] = Admission(self.max_kernels)
        settings["log_function"] = log_request
        # Voilà applies ``tornado_settings`` once the application is built: too late for ``compress_response``,
        # whose gzip transform Tornado picks at construction.
        settings.update(self.tornado_settings)
        return settings

    def init_handlers(self):
        return [(rule[0], KitVoilaHandler, *rule[2:]) if rule[1] is TornadoVoilaHandler else rule
                for rule in super().init_handlers()]


def main() -> None:
    set_language(os.environ.get("WORKSHOP_LANGUAGE"))
    KitVoila.launch_instance()


if __name__ == "__main__":
    main()
