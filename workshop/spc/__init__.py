"""Run charts and control charts (seriediagram och styrdiagram) with qicharts2's rules.

``analyze`` is the entry point; see ``docs/spc.md`` for the rule sets and tie
semantics. Importing this package is cheap: numpy loads on first use of
``analyze`` or the result types.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .errors import ERROR_CODES, SPCInputError

if TYPE_CHECKING:
    from .analysis import analyze
    from .charts import CHART_TYPES
    from .results import Analysis, Finding, Phase, Runs
    from .runs import RULE_SETS

_LAZY = {
    "analyze": "analysis",
    "CHART_TYPES": "charts",
    "Analysis": "results",
    "Finding": "results",
    "Phase": "results",
    "Runs": "results",
    "RULE_SETS": "runs",
}

__all__ = [
    "CHART_TYPES", "ERROR_CODES", "RULE_SETS", "Analysis", "Finding", "Phase", "Runs", "SPCInputError", "analyze",
]


def __dir__() -> list[str]:  # tab completion in notebooks sees the lazy names too
    return sorted(__all__)


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
