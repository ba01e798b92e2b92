"""The kit's look: readable type, clear focus, message colours with symbols; the documents' palette
(:mod:`workshop.palette`), as CSS variables every rule below reads."""

from __future__ import annotations

import ipywidgets

from widgets.components.fields import html
from workshop.palette import css_variables

CSS = "\n<style>\n" + css_variables() + """
/* A word longer than the line (a heading on a phone) breaks instead of reaching past the edge. */
.gk-page { max-width: 1100px; font-size: 16px; line-height: 1.5; overflow-wrap: break-word;
  color: var(--gk-color-ink); }
.gk-page :is(h1, h2) { color: var(--gk-color-title); }
.gk-page h1 { font-size: 1.8em; margin: 0.2em 0; }
.gk-page h2 { font-size: 1.35em; margin: 0.8em 0 0.3em; }
.gk-page h3 { font-size: 1.1em; margin: 0.6em 0 0.2em; }
/* Below h3 the browser's sizes shrink under the body text: a catalog card's measure name (h5) was 11 px. */
.gk-page h4, .gk-page h5 { font-size: 1em; margin: 0.6em 0 0.2em; }
.gk-page a { color: var(--gk-color-accent); text-decoration: underline; }
/* Focus seen on everything the keyboard reaches (WCAG 2.4.7), and on a message the page moves the focus to after an
   action (tabindex=-1). Important, and more specific than ipywidgets' "outline: none !important" on its text fields. */
.gk-page :is(a, button, input, select, textarea, summary, [tabindex]):focus-visible, .gk-page :focus-visible {
  outline: 3px solid var(--gk-color-focus) !important; outline-offset: 2px; }
/* A chart's toolbar lives in bokeh's shadow DOM, out of this sheet's reach: the chart around it shows the focus. */
.gk-page :is(.bk-Figure, .bk-GridPlot):focus-within { outline: 3px solid var(--gk-color-focus) !important;
  outline-offset: 2px; }
/* A section is a card: a white surface with a quiet edge, its heading in the title colour. */
.gk-section { border: 1px solid var(--gk-color-border); border-radius: var(--gk-radius); background: #fff;
  padding: var(--gk-space-2) var(--gk-space-3); margin: var(--gk-space-3) 0; box-shadow: 0 1px 3px rgb(0 0 0 / 8%); }
.gk-message { padding: 0.6em 0.9em; border-radius: var(--gk-radius); margin: var(--gk-space-2) 0;
  border-left: 6px solid; color: var(--gk-color-ink); }
.gk-message-success { background: var(--gk-color-success-bg); border-color: var(--gk-color-success); }
.gk-message-info { background: var(--gk-color-info-bg); border-color: var(--gk-color-info); }
.gk-message-warning { background: var(--gk-color-warning-bg); border-color: var(--gk-color-warning); }
.gk-message-error { background: var(--gk-color-error-bg); border-color: var(--gk-color-error); }
.gk-message-list { padding-left: 2em; }
.gk-steps { list-style: none; padding: 0; margin: 0; }
.gk-steps li { border: 1px solid var(--gk-color-border); border-radius: var(--gk-radius); padding: 0.5em 0.8em;
  margin: 0.4em 0; }
.gk-status { font-weight: 600; }
.gk-muted { color: var(--gk-color-muted); }
.gk-link-box { background: var(--gk-color-paler); padding: 0.5em 0.8em; border-radius: var(--gk-radius);
  word-break: break-all; }
.gk-page .widget-label { font-weight: 600; }
/* Labels are read whole: one that does not fit its column wraps instead of ending in "…". */
.gk-page .widget-inline-hbox { height: auto; align-items: flex-start; }
.gk-page .widget-inline-hbox .widget-label:not([style*="width: 0px"]) { white-space: normal; overflow: visible;
  text-overflow: clip; height: auto; line-height: 1.3; padding: 0.3em 0; overflow-wrap: anywhere; }
.gk-page .widget-dropdown > select { height: var(--jp-widgets-inline-height); }
/* Buttons: the form's main action filled in the accent colour (fields.button(..., primary=True)), the others
   outlined; both read as buttons without relying on colour alone. */
.gk-page .widget-button { flex-shrink: 0; border: 1px solid var(--gk-color-line); border-radius: var(--gk-radius);
  background: #fff; color: var(--gk-color-ink); padding: 0 var(--gk-space-3); }
.gk-page .widget-button:hover:enabled { background: var(--gk-color-pale); }
.gk-page .widget-button.mod-primary { background: var(--gk-color-accent); border-color: var(--gk-color-accent);
  color: #fff; font-weight: 600; }
.gk-page .widget-button.mod-primary:hover:enabled { background: var(--gk-color-title); }
.gk-column-heading { font-weight: 600; }
.gk-grid-headings .gk-column-heading { display: block; padding: 0 4px; }
.gk-grid-headings > :first-child .gk-column-heading { text-align: right; }
.gk-help { margin: -0.2em 0 0.5em 228px; max-width: 412px; color: var(--gk-color-muted);
  font-size: var(--gk-font-small); line-height: 1.4; }
.gk-page textarea { font-family: inherit; font-size: 15px; }
/* A sentence typed in a field of one line (fields.sentence_field) shows whole: its box starts as tall as a one-line
   field and grows a line at a time as the text wraps. */
@supports (field-sizing: content) {
  .gk-page .gk-sentence textarea { field-sizing: content; min-height: var(--jp-widgets-inline-height); resize: none; }
}
.gk-table { border-collapse: collapse; margin: 0.4em 0; }
/* A wide table scrolls sideways in its own box; the page around it does not (WCAG 1.4.10). */
.gk-page .widget-html-content:has(table) { overflow-x: auto; }
.gk-page .widget-html-content:focus-visible { outline: 3px solid var(--gk-color-focus); outline-offset: 2px; }
.gk-table caption { text-align: left; font-weight: 600; padding: 0.2em 0; }
.gk-table th, .gk-table td { border: 1px solid var(--gk-color-border); padding: 0.3em 0.6em; vertical-align: top;
  text-align: left; }
.gk-table thead th { background: var(--gk-color-paler); }
.gk-table-full { width: 100%; }
/* Numbers line up by their last digit (components/cells.py marks their cells). */
.gk-page td.gk-num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.gk-wrap { overflow-wrap: anywhere; }
.gk-typed { white-space: pre-wrap; overflow-wrap: anywhere; }
.gk-list { padding-left: 1.2em; }
.gk-columns { columns: 2 22em; }
.gk-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.gk-address { word-break: break-all; }
.gk-copy, .gk-print-button { font: inherit; color: var(--gk-color-ink); padding: 0.1em 0.6em; margin: 0.2em 0;
  border: 1px solid var(--gk-color-line); border-radius: var(--gk-radius); background: #fff; cursor: pointer; }
.gk-copied { color: var(--gk-color-success); font-weight: 600; margin-left: 0.4em; }
/* ==== Page frame (widgets/page.py): header, navigation, footer. ==== */
.gk-page .gk-header { justify-content: space-between; align-items: center !important;
  gap: var(--gk-space-1) var(--gk-space-3); margin: 0 0 var(--gk-space-3);
  padding: var(--gk-space-2) var(--gk-space-3); background: var(--gk-color-paler);
  border-bottom: 3px solid var(--gk-color-accent);
  border-radius: var(--gk-radius) var(--gk-radius) 0 0; }
.gk-header-text p { margin: 0; }
.gk-header-kit { font-weight: 700; font-size: 1.15em; color: var(--gk-color-title); }
.gk-header-context { color: var(--gk-color-muted); font-size: var(--gk-font-small); }
/* The language switch: a small pair of buttons with its label beside it, on a phone too. */
.gk-page .gk-language { width: auto; align-items: center; }
.gk-page .gk-language.widget-inline-hbox > .widget-label:not([style*="width: 0px"]) { width: auto !important;
  padding: 0 var(--gk-space-1) 0 0; font-size: var(--gk-font-small); }
.gk-page .gk-language .widget-toggle-button { font-size: var(--gk-font-small); height: auto;
  padding: var(--gk-space-1) var(--gk-space-2); }
/* The team's journey: steps 1–6 in rows of three on a wide screen, two on a tablet, under each other on a phone. The
   status is said by symbol and word; the current step has a thick frame as well as its colour.
   A column is as wide as the longest word of a title needs ("Målgruppsinventering" in bold, 200 px in DejaVu Sans,
   the widest usual font), so that no word is broken: Chromium does not hyphenate Swedish, and a compound broken
   without a hyphen, or at a <wbr>, reads as two words ("Målgrupps inventering"); a soft hyphen would hyphenate it,
   but still over two lines, and in the text that screen readers and searches read. */
.gk-stepper { margin: 0 0 var(--gk-space-2); }
.gk-stepper-home { margin: 0 0 var(--gk-space-1); font-size: var(--gk-font-small); }
.gk-stepper-steps { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--gk-space-2);
  grid-template-columns: repeat(auto-fit, minmax(min(17rem, 100%), 1fr)); }
.gk-page .gk-stepper-step a { display: flex; gap: var(--gk-space-2); align-items: flex-start; height: 100%;
  box-sizing: border-box; padding: var(--gk-space-2); border: 1px solid var(--gk-color-border);
  border-radius: var(--gk-radius); color: var(--gk-color-ink); text-decoration: none; line-height: 1.3; }
.gk-page .gk-stepper-step a:hover { border-color: var(--gk-color-accent); }
.gk-page .gk-stepper-step a:hover .gk-stepper-title { text-decoration: underline; }
.gk-page .gk-stepper-step a[aria-current="page"] { border: 3px solid var(--gk-color-accent);
  background: var(--gk-color-pale); padding: calc(var(--gk-space-2) - 2px); }
.gk-stepper-number { flex: none; display: inline-flex; align-items: center; justify-content: center; width: 1.8em;
  height: 1.8em; border-radius: 50%; border: 2px solid var(--gk-color-accent); font-weight: 700;
  color: var(--gk-color-accent); background: #fff; }
.gk-stepper-done .gk-stepper-number { background: var(--gk-color-accent); color: #fff; }
.gk-stepper-text { display: flex; flex-direction: column; min-width: 0; }
.gk-stepper-title { font-weight: 600; }
.gk-stepper .gk-status { font-weight: 400; font-size: var(--gk-font-small);
  color: var(--gk-color-muted); }
/* The facilitator's pages: a row of links, the page's own underlined thick. */
.gk-facilitator-nav ul { list-style: none; margin: 0 0 var(--gk-space-2); padding: 0; display: flex;
  flex-wrap: wrap; gap: var(--gk-space-1) var(--gk-space-2);
  border-bottom: 1px solid var(--gk-color-border); }
.gk-page .gk-facilitator-nav a { display: inline-block; padding: var(--gk-space-1) var(--gk-space-2);
  color: var(--gk-color-accent); }
.gk-page .gk-facilitator-nav a[aria-current="page"] { color: var(--gk-color-title); font-weight: 700;
  text-decoration: none; background: var(--gk-color-pale);
  border-bottom: 4px solid var(--gk-color-accent);
  border-radius: var(--gk-radius) var(--gk-radius) 0 0; }
.gk-step-standing { margin: 0 0 var(--gk-space-3); }
.gk-step-help { margin: calc(-1 * var(--gk-space-1)) 0 var(--gk-space-2); font-size: var(--gk-font-small); }
/* Where a team goes on (the team's Start): a calm box, no message colour. */
.gk-next-step { margin: 0 0 var(--gk-space-3); padding: var(--gk-space-2) var(--gk-space-3);
  background: var(--gk-color-paler); border-left: 4px solid var(--gk-color-accent);
  border-radius: var(--gk-radius); }
.gk-footer { border-top: 1px solid var(--gk-color-border); margin-top: 2em;
  padding-top: var(--gk-space-2); font-size: var(--gk-font-small);
  color: var(--gk-color-muted); }
/* The documents the footer links (the user guide): a code sample wraps instead of reaching past a phone's edge,
   its runs of spaces too (with pre-wrap they hang past the edge). */
.gk-page pre, .gk-page pre code { white-space: break-spaces; overflow-wrap: anywhere; }
@media (max-width: 600px) {
  .gk-page .gk-header { padding: var(--gk-space-2); }
  .gk-page .gk-language.widget-inline-hbox > .widget-label:not([style*="width: 0px"]) { width: auto !important; }
  .gk-page .gk-language > .widget-toggle-button-group { flex: 0 1 auto; }
}
/* ==== End of the page frame. ==== */
/* Cross-groups, read on a shared screen across a room: large type, one card per group. */
/* A card is never wider than the page: one column on a phone. */
.gk-group-cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(300px, 100%), 1fr)); gap: 0.8em; }
.gk-group-card { border: 2px solid var(--gk-color-line); border-radius: var(--gk-radius); padding: 0.4em 1em;
  font-size: 1.5em; line-height: 1.3; break-inside: avoid; }
.gk-page .gk-group-card h3 { font-size: 1.1em; margin: 0.2em 0 0.3em; }
.gk-group-card ul { list-style: none; padding: 0; margin: 0; }
.gk-group-card li { margin: 0 0 0.4em; }
.gk-group-team { color: var(--gk-color-muted); font-size: 0.75em; }
.gk-host { font-size: 0.75em; font-weight: 600; }
.gk-group-counts { font-size: 1.15em; font-weight: 600; }
.gk-breakout { width: 100%; max-width: 760px; font-family: inherit; font-size: 15px; }
/* Projector mode (components/projector.py): read from the back of a room. */
.gk-page.gk-projector { max-width: none; font-size: 22px; --jp-widgets-font-size: 20px;
  --jp-widgets-inline-height: 40px; }
.gk-projector .widget-html-content, .gk-projector .widget-label { font-size: 22px; }
.gk-projector .gk-slide .widget-html-content { font-size: 28px; }
.gk-projector .gk-table th, .gk-projector .gk-table td { padding: 0.4em 0.8em; }
/* Nothing reaches past the page's edge: a field or box of fixed width narrows on a narrow screen. */
.gk-page .lm-Widget { max-width: 100%; }
.gk-page .lm-Widget:not(.widget-container) { max-width: calc(100% - 2 * var(--jp-widgets-margin)); }
.gk-page .widget-html-content { min-width: 0; }
.gk-page .widget-hbox { flex-wrap: wrap; }
.gk-page :is(.widget-inline-hbox, .widget-radio) > :is(select, input, textarea, .widget-radio-box) { min-width: 0;
  max-width: 100%; }
/* On a phone, or at 200 % zoom and more, a label goes above its field and long button texts wrap. */
@media (max-width: 600px) {
  .gk-page :is(.widget-inline-hbox, .widget-radio) { flex-wrap: wrap; width: auto !important; }
  .gk-page :is(.widget-inline-hbox, .widget-radio) > .widget-label:not([style*="width: 0px"]) {
    width: 100% !important; max-width: 100%; text-align: left; }
  .gk-page :is(.widget-inline-hbox, .widget-radio) > :is(select, input, textarea, .widget-radio-box) {
    flex: 1 1 100%; max-width: 100%; }
  .gk-page .widget-button { white-space: normal; height: auto; min-height: var(--jp-widgets-inline-height); }
  .gk-help { margin-left: 0; max-width: none; }
  .gk-page h1 { font-size: 1.5em; }
}
/* A one-line field's answer as printed (above): only on paper. */
.gk-printed-answer { display: none; }
/* Paper: the page's content in black on white, without what only works on a screen. */
@media print {
  @page { size: A4; margin: 15mm 12mm; }
  /* Voilà's page scrolls in boxes sized to the window (JupyterLab's shell, fixed and contained): on paper it flows,
     as wide as the sheet, over every sheet. Without this Chromium prints one sheet cut at its edges. */
  html, body, #main, #jp-main-content-panel, #rendered_cells { position: static !important; height: auto !important;
    width: auto !important; overflow: visible !important; contain: none !important; }
  .jp-OutputArea { overflow: visible !important; }
  /* JupyterLab keeps a cell's output on one sheet: the page, one output taller than a sheet, would start on the
     second and leave the first blank. */
  .jp-OutputArea-child { break-inside: auto !important; }
  .gk-page { max-width: none; font-size: 11pt; }
  .gk-page, .gk-page :is(h1, h2, h3, h4, h5, a, .gk-muted, .gk-help, .gk-group-team) { color: #000 !important; }
  /* What is pressed or chosen on a screen: buttons, the language switch, the steps' links, the footer, uploads. */
  .gk-page :is(.widget-button, .widget-toggle-buttons, .widget-toggle-button, .widget-upload, .widget-checkbox,
    button, nav, .gk-footer, .gk-step-help, .gk-copy, .gk-print-button) { display: none !important; }
  /* A field prints what was typed in it, as text: no box, no arrow, its whole length. */
  .gk-page :is(input:not([type="radio"], [type="checkbox"]), textarea, select) { border: none !important;
    background: none !important; appearance: none; color: #000 !important; padding: 0 !important; resize: none; }
  .gk-page textarea { field-sizing: content; height: auto !important; }
  /* A one-line field takes its row's whole width. It cannot wrap: its answer is printed from a copy made just
     before printing (the template), which wraps over as many lines as it needs. An empty field has no copy. */
  .gk-page .widget-text { width: auto !important; flex-wrap: nowrap; }
  .gk-page .widget-text input { field-sizing: content; flex: 1 1 auto; }
  .gk-page .widget-text input:has(+ .gk-printed-answer) { display: none !important; }
  .gk-page .gk-printed-answer { display: block; flex: 1 1 0; min-width: 0; white-space: pre-wrap;
    overflow-wrap: anywhere; }
  /* An example in an empty field is no answer: not printed at all (in a transparent colour it was still in the PDF's
     text, found by a search and read aloud). */
  .gk-page :is(input, textarea):placeholder-shown { visibility: hidden; }
  /* A folded part (a chart's table, a long table) stays folded, as on the screen: its chart is printed above it. */
  .gk-page summary { display: none; }
  /* A table has no sideways scrolling on paper: its cells wrap at spaces, and a wide table's headings (a column for
     each support) within words too, so that its columns narrow to the sheet. */
  .gk-page .widget-html-content:has(table) { overflow: visible; }
  .gk-page :is(th, td) { overflow-wrap: break-word; }
  .gk-page table:has(th:nth-child(6)) thead th { overflow-wrap: anywhere; }
  /* A chart, a table row, a card or a message stays whole on one sheet. */
  .gk-page :is(.gk-chart-canvas, .bk-Figure, .bk-GridPlot, .gk-message, tr, figure, .gk-group-card) {
    break-inside: avoid; page-break-inside: avoid; }
  .gk-page :is(h2, h3, h4) { break-after: avoid; page-break-after: avoid; }
  .gk-section { box-shadow: none; }
  /* Printing a page that shows groups prints only the groups. */
  .gk-page:has(.gk-print) > :not(.gk-print) { display: none !important; }
  .gk-group-card { font-size: 14pt; border-color: #000; }
}
</style>
"""


def stylesheet() -> ipywidgets.HTML:
    return html(CSS)
