"""A page's kernel leaves at once when told to stop; any other process keeps its exit status."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from jupyter_client.manager import start_new_kernel

ROOT = Path(__file__).resolve().parents[2]


def _marker(path: Path) -> str:
    return f"lambda: __import__('pathlib').Path({str(path)!r}).write_text('ran')"


def test_a_stopped_kernel_skips_the_teardown_registered_before_and_closes_the_kits_database(tmp_path):
    manager, client = start_new_kernel(cwd=str(ROOT))
    earlier, later, closed = tmp_path / "earlier", tmp_path / "later", tmp_path / "closed"
    try:
        reply = client.execute_interactive(
            "import atexit\n"
            f"atexit.register({_marker(earlier)})\n"  # stands for IPython's and Python's own teardown
            "from widgets.leaving import leave_at_once_when_stopped\n"
            "leave_at_once_when_stopped()\n"
            "import sqlalchemy\n"
            "from workshop.store import open_store\n"
            f"store = open_store('sqlite:///{tmp_path / 'kit.sqlite'}')\n"
            f"sqlalchemy.event.listen(store.engine, 'close', lambda *_: ({_marker(closed)})())\n"
            "import workshop.store\n"
            "atexit.register(lambda: __import__('pathlib').Path("
            f"{str(later)!r}).write_text(str(len(workshop.store._opened))))\n", timeout=120)
        assert reply["content"]["status"] == "ok"
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=False)
    assert not manager.is_alive()
    assert not earlier.exists()
    assert later.read_text() == "1"  # registered after: it ran first, while the store was still open
    assert closed.read_text() == "ran"  # the database's connection was closed, not dropped


def test_outside_a_kernel_nothing_changes_and_the_exit_status_stands():
    code = ("import sys; from widgets.leaving import leave_at_once_when_stopped; leave_at_once_when_stopped(); "
            "sys.exit(3)")
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT, timeout=120).returncode == 3
