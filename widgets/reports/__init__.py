"""Step 6, "Rapport": choose a document and a period, preview, download; monthly report; backup."""

from widgets.reports.page import build_reports_page, reports_page

__all__ = ["build_reports_page", "reports_page"]
