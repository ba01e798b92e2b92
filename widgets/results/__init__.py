"""Step 5, Resultat: enter measurements and read run charts and control charts."""

from widgets.results.page import build_results_page, results_page

__all__ = ["build_results_page", "results_page"]
