"""Which modules a page imports to open: built in a fresh interpreter, as a kernel would build it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def modules_of_first_render(builder: str, store, session: str, *, shown: bool = False) -> set[str]:
    """The top-level modules loaded once ``builder`` (``"widgets.changes.page:build_changes_page"``) has built its
    page on ``store`` for the session ``session`` makes (an expression of ``store``, such as
    ``"open_as_facilitator(store, 1, 'demo-processledning')"``); ``shown``: and drawn what waits for the browser
    to have the page (widgets/first_view.py)."""
    module, function = builder.split(":")
    show = "from widgets.first_view import show_the_page; show_the_page(); " if shown else ""
    code = (f"import sys; from {module} import {function}; from workshop.store import Store; "
            "from workshop.session import join_team, open_as_facilitator; "
            f"store = Store({str(store.url)!r}); {function}(({session}).query(), store); {show}"
            "print(' '.join(sorted({name.split('.')[0] for name in sys.modules})))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return set(result.stdout.strip().splitlines()[-1].split())
