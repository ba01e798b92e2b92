"""The forum reports' blocks as page HTML: what people typed is shown as text, never as markup."""

from __future__ import annotations

from widgets.forums.markup import blocks_html
from workshop.reports.blocks import Bullets, Facts, Heading, Paragraph, Table


def test_typed_text_is_escaped_in_every_kind_of_block():
    typed = '<img src=x onerror="alert(1)">'
    markup = blocks_html((Heading(1, typed), Paragraph(typed), Facts(((typed, typed),)), Bullets((typed,)),
                          Table((typed,), ((typed,),), caption=typed, strong_rows=frozenset({0}))))
    assert "<img" not in markup and markup.count("&lt;img") == 8


def test_a_table_marks_its_strong_rows_and_names_its_header_cells():
    markup = blocks_html((Table(("Påstående", "Median"), (("A", "2,0"), ("B", "4,0")), strong_rows=frozenset({1})),))
    assert '<th scope="col">Median</th>' in markup and "<td><strong>B</strong></td>" in markup
    assert "<td>A</td>" in markup and "<caption>" not in markup
