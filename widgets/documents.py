"""Documents of docs/ shown as pages of the kit, in the visitor's language.

Voilà serves only notebooks, so a document the footer links to is a page too; it reads the same file the repository
shows, so the two never differ. Each file holds the document in Swedish, then a line ``---``, then in English.
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parents[1] / "docs"


def document_markdown(name: str, language: str) -> str:
    """The document ``name`` in ``language`` (sv or en), without its title: the page's heading says it."""
    swedish, english = (DOCS / name).read_text(encoding="utf-8").split("\n---\n", 1)
    return (english if language == "en" else swedish).strip().split("\n", 1)[1]
