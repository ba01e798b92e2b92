"""The documents a team can make, and one function that makes any of them from the store."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from workshop.errors import InvalidInput
from workshop.i18n import N_, _
from workshop.reports.files import GeneratedFile, generated
from workshop.reports.period import ReportPeriod
from workshop.store import Store


@dataclass(frozen=True)
class DocumentKind:
    key: str
    file_stem: str
    """The start of the file name, in Swedish like the rest of the kit's files."""
    title_msgid: str
    summary_msgid: str
    formats: tuple[str, ...]
    monthly: bool = False
    """Covers one month (the period is a month) rather than a free period."""

    @property
    def title(self) -> str:
        return _(self.title_msgid)

    @property
    def summary(self) -> str:
        return _(self.summary_msgid)


DOCUMENT_KINDS: tuple[DocumentKind, ...] = (
    DocumentKind("storyboard", "storyboard", N_("Storyboard for the seminar"),
                 N_("Slides to present at a learning seminar or the final meeting: target group, aim, driver "
                    "diagram, changes, PDSA cycles and results with charts you can edit."), ("pptx",)),
    DocumentKind("monthly", "manadsrapport", N_("Monthly report"),
                 N_("What you tested, learned and plan next this month, the measures' latest signals and your "
                    "self-assessment."), ("docx", "html"), monthly=True),
    DocumentKind("final", "slutrapport", N_("Final report"),
                 N_("The whole journey and the plan for continuing: routines, resources, who owns what, and what "
                    "you will tell other units."), ("docx", "html")),
    DocumentKind("handover", "overlamning", N_("Handover document"),
                 N_("For a new colleague or manager: the team and its roles, where each step stands, open cycles, "
                    "where each measure's data comes from, and lessons so far."), ("docx", "html")),
    DocumentKind("export", "data", N_("Data export (Excel)"),
                 N_("All the team's data in a spreadsheet, one sheet per kind, small counts masked."), ("xlsx",)),
)
DOCUMENTS = {kind.key: kind for kind in DOCUMENT_KINDS}


def checked_request(key: str, fmt: str, period: ReportPeriod | None = None) -> tuple[DocumentKind, ReportPeriod]:
    """The document kind and period, or :class:`InvalidInput` when they do not go together."""
    kind = DOCUMENTS.get(key)
    if kind is None or fmt not in kind.formats:
        raise InvalidInput(_("That document cannot be made in that format."), field="document")
    period = period or ReportPeriod()
    if kind.monthly and not period.is_month:
        raise InvalidInput(_("Choose the month the report is for."), field="period")
    return kind, period


def document_file(snapshot, key: str, fmt: str) -> GeneratedFile:
    """Make document ``key`` in format ``fmt`` from a team's snapshot (see :func:`checked_request`)."""
    kind, period = checked_request(key, fmt, snapshot.period)
    return generated(kind.file_stem, snapshot.team.name, period.slug, fmt, _content(kind, snapshot, fmt))


def build_document(store: Store, team_id: int, key: str, fmt: str, period: ReportPeriod | None = None, *,
                   today: dt.date | None = None) -> GeneratedFile:
    """Make document ``key`` in format ``fmt`` (one of its ``formats``) for the team and period."""
    from workshop.reports.snapshot import team_snapshot

    _kind, period = checked_request(key, fmt, period)
    return document_file(team_snapshot(store, team_id, period, today=today), key, fmt)


def _content(kind: DocumentKind, snapshot, fmt: str) -> bytes:
    if kind.key == "storyboard":
        from workshop.reports.pptx.storyboard import build_storyboard

        return build_storyboard(snapshot)
    if kind.key == "export":
        from workshop.reports.xlsx.workbook import build_workbook

        return build_workbook(snapshot)
    document = _text_document(kind.key, snapshot)
    if fmt == "docx":
        from workshop.reports.text.docx_writer import docx_bytes

        return docx_bytes(document)
    from workshop.reports.text.html_writer import html_bytes

    return html_bytes(document)


def _text_document(key: str, snapshot):
    if key == "final":
        from workshop.reports.final_report import final_report

        return final_report(snapshot)
    if key == "handover":
        from workshop.reports.handover import handover

        return handover(snapshot)
    from workshop.reports.monthly_document import monthly_document

    return monthly_document(snapshot)
