"""Later steps import ``workshop.inventory`` for the target group: that import stays light."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_importing_the_inventory_package_leaves_pandas_numpy_and_bokeh_out():
    code = ("import sys, workshop.inventory, workshop.suppression; "
            "print(sorted(m for m in ('pandas', 'numpy', 'bokeh', 'ipywidgets') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert result.stdout.strip() == "[]"
