"""The accessibility statement has the sections DIGG's model statement asks for, in Swedish and then in English."""

from __future__ import annotations

import re
from pathlib import Path

STATEMENT = Path(__file__).resolve().parents[2] / "docs" / "tillganglighet.md"

SWEDISH = ["Tillgänglighetsredogörelse", "Hur tillgänglig är tjänsten?",
           "Vad kan du göra om du inte kan använda delar av tjänsten?",
           "Rapportera brister i tjänstens tillgänglighet", "Tillsyn",
           "Teknisk information om tjänstens tillgänglighet", "Innehåll som inte är tillgängligt",
           "Hur vi testat tjänsten"]
ENGLISH = ["Accessibility statement", "How accessible is the service?",
           "What can you do if you cannot use parts of the service?",
           "Report a problem with the accessibility of the service", "Supervision",
           "Technical information about the accessibility of the service", "Content that is not accessible",
           "How we tested the service"]


def test_the_statement_has_every_section_of_the_model_in_order_swedish_first():
    headings = re.findall(r"^#{1,3} (.+)$", STATEMENT.read_text(encoding="utf-8"), re.M)
    assert headings == SWEDISH + ENGLISH


def test_the_statement_names_the_supervisor_its_form_and_when_it_was_last_reviewed():
    statement = STATEMENT.read_text(encoding="utf-8")
    assert "Myndigheten för digital förvaltning" in statement
    assert statement.count("https://www.digg.se/tdosanmalan") == 2
    assert "granskades senast den 6 december 2026" in statement and "last reviewed on 6 December 2026" in statement
    assert "<!-- kontakt -->" in statement and "<!-- contact -->" in statement
