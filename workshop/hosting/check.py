"""``workshop check``: is this installation ready to serve, in a report a host reads and an exit status a
monitor reads (0 all well, 1 a warning, 2 a problem: the Nagios convention most monitors follow)."""

from __future__ import annotations

import enum
import json
import shutil
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from workshop.errors import UserError
from workshop.hosting.pool import DEFAULT_KERNEL_MB, available_memory_mb, notebooks_in, plan_pools, pool_memory_problem
from workshop.i18n import N_, _

# Below these the database and the kernels' temporary files run out of room during a seminar.
DISK_WARNING_MB = 2048
DISK_PROBLEM_MB = 256


class Status(enum.IntEnum):
    OK = 0
    WARNING = 1
    PROBLEM = 2


_STATUS_WORDS = {Status.OK: N_("OK"), Status.WARNING: N_("WARNING"), Status.PROBLEM: N_("PROBLEM")}


@dataclass(frozen=True)
class Finding:
    status: Status
    subject: str
    text: str

    def line(self) -> str:
        return f"{_(_STATUS_WORDS[self.status]):<8} {self.subject}: {self.text}"


def check_database(url: str) -> Finding:
    """Reachable and at this version's schema, read without creating or upgrading anything."""
    from sqlalchemy import create_engine

    from workshop.store import failures
    from workshop.store.engine import sqlite_file
    from workshop.store.migrate import HEAD_REVISION, current_revision

    subject = _("Database")
    path = sqlite_file(url)
    if path is not None and not path.exists():
        return Finding(Status.PROBLEM, subject, _("{path} does not exist yet. Run “workshop init”.").format(path=path))
    engine = create_engine(url, hide_parameters=True)  # a failure's message never quotes stored values
    try:
        with failures.translated(), engine.connect() as connection:
            revision = current_revision(connection)
    except UserError as problem:
        return Finding(Status.PROBLEM, subject, problem.message)
    finally:
        engine.dispose()
    if revision == HEAD_REVISION:
        return Finding(Status.OK, subject, _("reachable, schema {revision} (current).").format(revision=revision))
    return Finding(Status.PROBLEM, subject, _("reachable, but its schema is {found} and this version needs "
                                              "{needed}. Run “workshop init”.").format(found=revision or "–",
                                                                                      needed=HEAD_REVISION))


def check_disk(folder: Path) -> Finding:
    subject = _("Disk")
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    free_mb = shutil.disk_usage(folder).free // 2**20
    status = (Status.PROBLEM if free_mb < DISK_PROBLEM_MB else Status.WARNING if free_mb < DISK_WARNING_MB
              else Status.OK)
    return Finding(status, subject, _("{free} MB free in {folder}.").format(free=free_mb, folder=folder))


def check_pools(voila_json: Path, notebooks: Path, available_mb: int | None) -> Finding:
    subject = _("Kernel pool")
    try:
        settings = json.loads(voila_json.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Finding(Status.PROBLEM, subject, _("{path} cannot be read as JSON.").format(path=voila_json))
    voila = settings.get("VoilaConfiguration", {})
    manager = settings.get("VoilaKernelManager", {})
    kit = settings.get("KitVoila", {})
    kernel_mb = int(kit.get("kernel_memory_mb", DEFAULT_KERNEL_MB))
    if not voila.get("preheat_kernel"):
        return Finding(Status.WARNING, subject, _("preheating is off: every page starts its own kernel."))
    plan = plan_pools(notebooks_in(notebooks), manager.get("kernel_pools_config", {}),
                      int(voila.get("default_pool_size", 1)), manager.get("preheat_denylist", []))
    problem = pool_memory_problem(plan, kernel_mb, available_mb)
    if problem:
        return Finding(Status.PROBLEM, subject, problem)
    return Finding(Status.OK, subject, _("{kernels} kernels kept ready (about {needed} MB), at most {cap} visitors' "
                                         "kernels at once.").format(kernels=plan.total, needed=plan.total * kernel_mb,
                                                                    cap=kit.get("max_kernels", 40)))


def check_version() -> Finding:
    try:
        version = metadata.version("genombrottskit")
    except metadata.PackageNotFoundError:
        return Finding(Status.WARNING, _("Version"), _("the kit is not installed as a package."))
    return Finding(Status.OK, _("Version"), version)


def run_checks(url: str, data_folder: Path, voila_json: Path, notebooks: Path) -> list[Finding]:
    return [check_version(), check_database(url), check_disk(data_folder),
            check_pools(voila_json, notebooks, available_memory_mb())]


def worst(findings: list[Finding]) -> Status:
    return max((finding.status for finding in findings), default=Status.OK)
