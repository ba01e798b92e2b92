"""The forum reports' blocks as the page's HTML, so the page and the Word documents say the same.

Every text is escaped here: names and texts are what people typed.
"""

from __future__ import annotations

from html import escape

from widgets.components.cells import cell
from workshop.reports.blocks import Block, Bullets, Facts, Heading, Paragraph, Table, text_lines

CSS = """<style>
.gk-forum-table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
.gk-forum-table th, .gk-forum-table td { border: 1px solid var(--gk-color-line); padding: 0.25rem 0.5rem;
  text-align: left; vertical-align: top; }
.gk-forum-table caption { text-align: left; font-weight: bold; padding-bottom: 0.25rem; }
.gk-forum-facts th, .gk-forum-facts td { padding: 0.1rem 1rem 0.1rem 0; text-align: left; vertical-align: top; }
.gk-forum-facts th { max-width: 22rem; }
.gk-stacked { flex-direction: column !important; align-items: flex-start !important; height: auto !important; }
.gk-stacked > .widget-label { width: auto !important; max-width: 760px; white-space: normal !important;
  height: auto !important; line-height: 1.4; }
.gk-stacked > select { flex: 0 0 auto !important; height: 2rem !important; width: 24rem !important;
  max-width: 100%; margin-bottom: 0.75rem; }
</style>"""
"""Tables with borders and headers; a statement stands above its choice instead of being cut off."""


def _heading(block: Heading) -> str:
    level = min(block.level + 2, 6)  # the page's own h1 and the section's h2 stand above
    return f"<h{level}>{escape(block.text)}</h{level}>"


def _paragraph(block: Paragraph) -> str:
    lines = (escape(line) for line in text_lines(block.text))
    return "".join(f"<p><strong>{line}</strong></p>" if block.strong else f"<p>{line}</p>" for line in lines)


def _facts(block: Facts) -> str:
    # A table of label and value rows: a description list floats apart under the notebook's styles.
    rows = "".join(f'<tr><th scope="row">{escape(label)}</th><td>{escape(value) or "–"}</td></tr>'
                   for label, value in block.items)
    return f'<table class="gk-forum-facts"><tbody>{rows}</tbody></table>'



def _bullets(block: Bullets) -> str:
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in block.items) + "</ul>"


def _table(block: Table) -> str:
    head = "".join(f'<th scope="col">{escape(cell)}</th>' for cell in block.header)
    rows = "".join(
        "<tr>" + "".join(cell(escape(value), strong=number in block.strong_rows) for value in row) + "</tr>"
        for number, row in enumerate(block.rows))
    caption = f"<caption>{escape(block.caption)}</caption>" if block.caption else ""
    return f'<table class="gk-forum-table">{caption}<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'


_WRITERS = {"heading": _heading, "paragraph": _paragraph, "facts": _facts, "bullets": _bullets, "table": _table}


def blocks_html(blocks: tuple[Block, ...]) -> str:
    return "".join(_WRITERS[block.kind](block) for block in blocks)  # type: ignore[operator]  # kind picks the writer
