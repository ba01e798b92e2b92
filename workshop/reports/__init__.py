"""Step 6, "Rapport": the team's recorded work as documents — storyboard (PowerPoint), monthly, final and
handover reports (Word and standalone HTML), a data export (Excel) — and the monthly self-assessment.

>>> from workshop.reports import ReportPeriod, build_document
>>> storyboard = build_document(store, team_id, "storyboard", "pptx", ReportPeriod(end=dt.date(2026, 11, 30)))
>>> storyboard.filename, len(storyboard.content)
('storyboard-exempelkommun-forsorjningsstod-up-to.pptx', 48213)

Every document is built from one :class:`TeamSnapshot` (``team_snapshot``), in which counts from the
inventory are already suppressed. The package is laid out by role:

- here, what all documents share: the catalogue (``documents``), the period, the snapshot, the generated
  file, and the document-neutral blocks and sections that the monthly, final and handover reports are
  made of;
- ``records``: what the team saves in this step (the monthly report with its self-assessment, the final
  plan) and the services that read and write it;
- ``pptx`` (the storyboard), ``text`` (Word and HTML) and ``xlsx`` (the data export): the writers.

Importing this package is cheap (the facilitator's Start page reads the monthly scores): the names
below load on first use, and python-pptx, python-docx, XlsxWriter and bokeh only when a document is made.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from workshop.reports.documents import (
        DOCUMENT_KINDS,
        DOCUMENTS,
        DocumentKind,
        build_document,
        checked_request,
        document_file,
    )
    from workshop.reports.files import GeneratedFile
    from workshop.reports.period import ReportPeriod
    from workshop.reports.snapshot import CountTable, MeasureResult, TargetGroupSummary, TeamSnapshot, team_snapshot

__all__ = [
    "DOCUMENTS", "DOCUMENT_KINDS", "CountTable", "DocumentKind", "GeneratedFile", "MeasureResult", "ReportPeriod",
    "TargetGroupSummary", "TeamSnapshot", "build_document", "checked_request", "document_file", "team_snapshot",
]
_MODULES = {
    "documents": ("DOCUMENT_KINDS", "DOCUMENTS", "DocumentKind", "build_document", "checked_request", "document_file"),
    "files": ("GeneratedFile",),
    "period": ("ReportPeriod",),
    "snapshot": ("CountTable", "MeasureResult", "TargetGroupSummary", "TeamSnapshot", "team_snapshot"),
}
_LAZY = {name: module for module, names in _MODULES.items() for name in names}


def __dir__() -> list[str]:  # tab completion in notebooks sees the lazy names too
    return sorted(__all__)


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
