"""In a notebook, a problem the person can fix (a wrong code, a removed measure) shows as its message alone,
as on the pages: a traceback through the kit's code would hide the one sentence that says what to do."""

from __future__ import annotations

import sys
from typing import Any

from workshop.errors import UserError


def _show_message(shell: Any, kind: type, problem: BaseException, traceback: Any,
                  tb_offset: int | None = None) -> None:
    # IPython discards what this returns while running a cell: the handler shows the message itself.
    print(getattr(problem, "message", str(problem)), file=sys.stderr)


def show_user_errors_as_messages() -> None:
    """Ask the running IPython kernel, if any, to show a :class:`UserError` as its message (the cell still fails,
    so "Run All" stops there). Outside IPython nothing changes, and IPython is not imported."""
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    if shell is not None:
        shell.set_custom_exc((UserError,), _show_message)
