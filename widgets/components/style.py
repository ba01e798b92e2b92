"""The kit's look: readable type, clear focus, message colours with symbols."""

from __future__ import annotations

import ipywidgets

from widgets.components.fields import html

CSS = """
<style>
/* A word longer than the line (a heading on a phone) breaks instead of reaching past the edge. */
.gk-page { max-width: 1100px; font-size: 16px; line-height: 1.5; overflow-wrap: break-word; }
.gk-page h1 { font-size: 1.8em; margin: 0.2em 0; }
.gk-page h2 { font-size: 1.35em; margin: 0.8em 0 0.3em; }
.gk-page h3 { font-size: 1.1em; margin: 0.6em 0 0.2em; }
/* Below h3 the browser's sizes shrink under the body text: a catalog card's measure name (h5) was 11 px. */
.gk-page h4, .gk-page h5 { font-size: 1em; margin: 0.6em 0 0.2em; }
.gk-page a { color: #0b5cad; text-decoration: underline; }
/* Focus seen on everything the keyboard reaches (WCAG 2.4.7), and on a message the page moves the focus to after an
   action (tabindex=-1). Important, and more specific than ipywidgets' "outline: none !important" on its text fields. */
.gk-page :is(a, button, input, select, textarea, summary, [tabindex]):focus-visible, .gk-page :focus-visible {
  outline: 3px solid #f0a000 !important; outline-offset: 2px; }
/* A chart's toolbar lives in bokeh's shadow DOM, out of this sheet's reach: the chart around it shows the focus. */
.gk-page :is(.bk-Figure, .bk-GridPlot):focus-within { outline: 3px solid #f0a000 !important; outline-offset: 2px; }
.gk-section { border: 1px solid #c8ccd0; border-radius: 6px; padding: 0.6em 1em; margin: 0.6em 0; }
.gk-message { padding: 0.6em 0.9em; border-radius: 6px; margin: 0.4em 0; border-left: 6px solid; }
.gk-message-success { background: #e7f5ea; border-color: #1e7b34; }
.gk-message-info { background: #e8f0fb; border-color: #0b5cad; }
.gk-message-warning { background: #fff4d6; border-color: #a86a00; }
.gk-message-error { background: #fde8e8; border-color: #b3261e; }
.gk-steps { list-style: none; padding: 0; margin: 0; }
.gk-steps li { border: 1px solid #c8ccd0; border-radius: 6px; padding: 0.5em 0.8em; margin: 0.4em 0; }
.gk-status { font-weight: 600; }
.gk-muted { color: #4a4f55; }
.gk-link-box { background: #f3f5f7; padding: 0.5em 0.8em; border-radius: 6px; word-break: break-all; }
.gk-page .widget-label { font-weight: 600; }
/* Labels are read whole: one that does not fit its column wraps instead of ending in "…". */
.gk-page .widget-inline-hbox { height: auto; align-items: flex-start; }
.gk-page .widget-inline-hbox .widget-label:not([style*="width: 0px"]) { white-space: normal; overflow: visible;
  text-overflow: clip; height: auto; line-height: 1.3; padding: 0.3em 0; overflow-wrap: anywhere; }
.gk-page .widget-dropdown > select { height: var(--jp-widgets-inline-height); }
.gk-page .widget-button { flex-shrink: 0; }
.gk-column-heading { font-weight: 600; }
.gk-grid-headings .gk-column-heading { display: block; padding: 0 4px; }
.gk-grid-headings > :first-child .gk-column-heading { text-align: right; }
.gk-help { margin: -0.2em 0 0.5em 228px; max-width: 412px; color: #4a4f55; font-size: 14px; line-height: 1.4; }
.gk-page textarea { font-family: inherit; font-size: 15px; }
.gk-table { border-collapse: collapse; margin: 0.4em 0; }
/* A wide table scrolls sideways in its own box; the page around it does not (WCAG 1.4.10). */
.gk-page .widget-html-content:has(table) { overflow-x: auto; }
.gk-page .widget-html-content:focus-visible { outline: 3px solid #f0a000; outline-offset: 2px; }
.gk-table caption { text-align: left; font-weight: 600; padding: 0.2em 0; }
.gk-table th, .gk-table td { border: 1px solid #c8ccd0; padding: 0.3em 0.6em; vertical-align: top; text-align: left; }
.gk-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.gk-address { word-break: break-all; }
.gk-copy { font: inherit; padding: 0.1em 0.6em; margin: 0.2em 0; border: 1px solid #4a4f55; border-radius: 4px;
  background: #fff; cursor: pointer; }
.gk-copy:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
.gk-copied { color: #1e6b31; font-weight: 600; margin-left: 0.4em; }
/* ==== Page frame (widgets/page.py): header, navigation, footer. ==== */
.gk-page .gk-header { justify-content: space-between; align-items: center !important;
  gap: var(--gk-space-1, 0.25rem) var(--gk-space-3, 1rem); margin: 0 0 var(--gk-space-3, 1rem);
  padding: var(--gk-space-2, 0.5rem) var(--gk-space-3, 1rem); background: var(--gk-color-paler, #f5f8fb);
  border-bottom: 3px solid var(--gk-color-accent, #0b4f8a);
  border-radius: var(--gk-radius, 6px) var(--gk-radius, 6px) 0 0; }
.gk-header-text p { margin: 0; }
.gk-header-kit { font-weight: 700; font-size: 1.15em; color: var(--gk-color-title, #0b3d6b); }
.gk-header-context { color: var(--gk-color-muted, #4a4a4a); font-size: var(--gk-font-small, 14px); }
/* The language switch: a small pair of buttons with its label beside it, on a phone too. */
.gk-page .gk-language { width: auto; align-items: center; }
.gk-page .gk-language.widget-inline-hbox > .widget-label:not([style*="width: 0px"]) { width: auto !important;
  padding: 0 var(--gk-space-1, 0.25rem) 0 0; font-size: var(--gk-font-small, 14px); }
.gk-page .gk-language .widget-toggle-button { font-size: var(--gk-font-small, 14px); height: auto;
  padding: var(--gk-space-1, 0.25rem) var(--gk-space-2, 0.5rem); }
/* The team's journey: steps 1–6 side by side on a wide screen, under each other on a phone. The status is said by
   symbol and word; the current step has a thick frame as well as its colour. */
.gk-stepper { margin: 0 0 var(--gk-space-2, 0.5rem); }
.gk-stepper-home { margin: 0 0 var(--gk-space-1, 0.25rem); font-size: var(--gk-font-small, 14px); }
.gk-stepper-steps { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--gk-space-2, 0.5rem);
  grid-template-columns: repeat(auto-fit, minmax(min(10rem, 100%), 1fr)); }
.gk-page .gk-stepper-step a { display: flex; gap: var(--gk-space-2, 0.5rem); align-items: flex-start; height: 100%;
  box-sizing: border-box; padding: var(--gk-space-2, 0.5rem); border: 1px solid var(--gk-color-border, #c8ccd0);
  border-radius: var(--gk-radius, 6px); color: var(--gk-color-ink, #1a1a1a); text-decoration: none; line-height: 1.3; }
.gk-page .gk-stepper-step a:hover { border-color: var(--gk-color-accent, #0b4f8a); }
.gk-page .gk-stepper-step a:hover .gk-stepper-title { text-decoration: underline; }
.gk-page .gk-stepper-step a[aria-current="page"] { border: 3px solid var(--gk-color-accent, #0b4f8a);
  background: var(--gk-color-pale, #e8f0f8); padding: calc(var(--gk-space-2, 0.5rem) - 2px); }
.gk-stepper-number { flex: none; display: inline-flex; align-items: center; justify-content: center; width: 1.8em;
  height: 1.8em; border-radius: 50%; border: 2px solid var(--gk-color-accent, #0b4f8a); font-weight: 700;
  color: var(--gk-color-accent, #0b4f8a); background: #fff; }
.gk-stepper-done .gk-stepper-number { background: var(--gk-color-accent, #0b4f8a); color: #fff; }
.gk-stepper-text { display: flex; flex-direction: column; min-width: 0; }
.gk-stepper-title { font-weight: 600; }
.gk-stepper .gk-status { font-weight: 400; font-size: var(--gk-font-small, 14px);
  color: var(--gk-color-muted, #4a4a4a); }
/* The facilitator's pages: a row of links, the page's own underlined thick. */
.gk-facilitator-nav ul { list-style: none; margin: 0 0 var(--gk-space-2, 0.5rem); padding: 0; display: flex;
  flex-wrap: wrap; gap: var(--gk-space-1, 0.25rem) var(--gk-space-2, 0.5rem);
  border-bottom: 1px solid var(--gk-color-border, #c8ccd0); }
.gk-page .gk-facilitator-nav a { display: inline-block; padding: var(--gk-space-1, 0.25rem) var(--gk-space-2, 0.5rem);
  color: var(--gk-color-accent, #0b4f8a); }
.gk-page .gk-facilitator-nav a[aria-current="page"] { color: var(--gk-color-title, #0b3d6b); font-weight: 700;
  text-decoration: none; background: var(--gk-color-pale, #e8f0f8);
  border-bottom: 4px solid var(--gk-color-accent, #0b4f8a);
  border-radius: var(--gk-radius, 6px) var(--gk-radius, 6px) 0 0; }
.gk-step-standing { margin: 0 0 var(--gk-space-3, 1rem); }
/* Where a team goes on (the team's Start): a calm box, no message colour. */
.gk-next-step { margin: 0 0 var(--gk-space-3, 1rem); padding: var(--gk-space-2, 0.5rem) var(--gk-space-3, 1rem);
  background: var(--gk-color-paler, #f5f8fb); border-left: 4px solid var(--gk-color-accent, #0b4f8a);
  border-radius: var(--gk-radius, 6px); }
.gk-footer { border-top: 1px solid var(--gk-color-border, #c8ccd0); margin-top: 2em;
  padding-top: var(--gk-space-2, 0.5rem); font-size: var(--gk-font-small, 14px);
  color: var(--gk-color-muted, #4a4a4a); }
/* The documents the footer links (the user guide): a code sample wraps instead of reaching past a phone's edge,
   its runs of spaces too (with pre-wrap they hang past the edge). */
.gk-page pre, .gk-page pre code { white-space: break-spaces; overflow-wrap: anywhere; }
@media (max-width: 600px) {
  .gk-page .gk-header { padding: var(--gk-space-2, 0.5rem); }
  .gk-page .gk-language.widget-inline-hbox > .widget-label:not([style*="width: 0px"]) { width: auto !important; }
  .gk-page .gk-language > .widget-toggle-button-group { flex: 0 1 auto; }
}
/* ==== End of the page frame. ==== */
/* Cross-groups, read on a shared screen across a room: large type, one card per group. */
/* A card is never wider than the page: one column on a phone. */
.gk-group-cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(300px, 100%), 1fr)); gap: 0.8em; }
.gk-group-card { border: 2px solid #4a4f55; border-radius: 8px; padding: 0.4em 1em; font-size: 1.5em;
  line-height: 1.3; break-inside: avoid; }
.gk-page .gk-group-card h3 { font-size: 1.1em; margin: 0.2em 0 0.3em; }
.gk-group-card ul { list-style: none; padding: 0; margin: 0; }
.gk-group-card li { margin: 0 0 0.4em; }
.gk-group-team { color: #4a4f55; font-size: 0.75em; }
.gk-host { font-size: 0.75em; font-weight: 600; }
.gk-group-counts { font-size: 1.15em; font-weight: 600; }
.gk-breakout { width: 100%; max-width: 760px; font-family: inherit; font-size: 15px; }
.gk-print-button { font: inherit; padding: 0.2em 0.8em; border: 1px solid #4a4f55; border-radius: 4px;
  background: #fff; cursor: pointer; }
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
/* Printing a page that shows groups prints only the groups. */
@media print {
  .gk-page:has(.gk-print) > :not(.gk-print) { display: none !important; }
  .gk-group-card { font-size: 14pt; border-color: #000; }
}
</style>
"""


def stylesheet() -> ipywidgets.HTML:
    return html(CSS)
