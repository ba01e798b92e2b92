"""The presenter's look: the slide over the whole screen in large type, read whole on a 1280 × 720 screen.

The screen scrolls as a whole when a slide is taller than it (never sideways: long words and tables wrap), and
the bar with the team, the timer and the buttons stays on top.
"""

from __future__ import annotations

import ipywidgets

from widgets.components.fields import html

CSS = """<style>
.gk-page .gk-presenting { position: fixed; inset: 0; z-index: 1000; background: #fff; overflow-x: hidden;
  overflow-y: auto; padding: 0 32px 24px; box-sizing: border-box; }
.gk-presenting > *, .gk-presenting .gk-slide > * { flex-shrink: 0; overflow: visible; }
.gk-presenting .widget-html, .gk-presenting .widget-html-content { height: auto; }
.gk-slide .widget-html-content { font-size: 20px; line-height: 1.35; }
.gk-present-bar .widget-html-content { font-size: 18px; line-height: 1.35; }
.gk-presenting .gk-present-bar { position: sticky; top: 0; z-index: 1; background: #fff; flex-wrap: wrap;
  align-items: center; justify-content: space-between; gap: 0.2em 1em; padding: 8px 0;
  border-bottom: 2px solid var(--gk-color-line); }
.gk-present-team { margin: 0; }
.gk-presenting .gk-present-controls { flex-wrap: wrap; gap: 8px; }
.gk-presenting .gk-present-controls .widget-button { font-size: 18px; height: auto; padding: 6px 14px; margin: 0; }
.gk-timer { font-size: 22px; font-variant-numeric: tabular-nums; border: 2px solid var(--gk-color-line);
  border-radius: var(--gk-radius); padding: 2px 12px; }
.gk-timer-face { font-weight: 700; }
.gk-timer-over { border-color: var(--gk-color-error); background: var(--gk-color-error-bg); }
.gk-slide h2 { font-size: 1.4em; margin: 0.4em 0 0.3em; }
.gk-slide h3, .gk-slide h4 { font-size: 1.15em; margin: 0.5em 0 0.2em; }
.gk-slide p, .gk-slide li { margin: 0.2em 0 0.4em; max-width: 52em; overflow-wrap: anywhere; }
.gk-slide table { display: inline-table; border-collapse: collapse; margin: 0 1em 0.8em 0; vertical-align: top;
  font-size: 0.85em; max-width: 100%; }
.gk-slide caption { text-align: left; font-weight: 600; padding-bottom: 0.2em; }
.gk-slide th, .gk-slide td { border: 1px solid var(--gk-color-line); padding: 0.15em 0.5em; text-align: left;
  vertical-align: top;
  overflow-wrap: anywhere; }
.gk-slide .gk-forum-facts { display: table; font-size: 1em; }
.gk-slide .gk-forum-facts th, .gk-slide .gk-forum-facts td { border: 0; padding: 0.1em 1em 0.2em 0; }
.gk-slide .gk-forum-facts th { min-width: 9em; max-width: 14em; }
.gk-slide-chart { max-width: 100%; }
</style>"""


def presenter_css() -> ipywidgets.HTML:
    return html(CSS)
