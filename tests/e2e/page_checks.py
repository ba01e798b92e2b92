"""What every page state must pass in the browser: no violation of WCAG 2.1 A and AA that axe-core finds, one h1,
and reflow (WCAG 1.4.10) at 320 CSS px wide (a phone) and at 640 (a 1280 px screen at 200 % zoom)."""

from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe

WCAG_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
NARROW = (320, 640)

# A table may scroll sideways in its own box: the HTML widget holding it (style.py); nothing else may.
_SIDEWAYS = """(limit) => {
  const scrolls = (el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
  const fits = (el) => { const box = el.getBoundingClientRect(); return box.left >= -1 && box.right <= limit + 1; };
  const tableBox = (el) => el.matches('.widget-html-content') && el.querySelector('table') && fits(el);
  const inTableBox = (el) => {
    let box = el.closest('table');
    while (box && !scrolls(box)) { box = box.parentElement; }
    return box && tableBox(box);
  };
  const found = [];
  if (document.documentElement.scrollWidth > limit + 1) {
    found.push(`the page is ${document.documentElement.scrollWidth} px wide`);
  }
  for (const el of document.querySelectorAll('body *')) {
    const box = el.getBoundingClientRect();
    if (box.width <= 1 || box.height === 0) { continue; }
    const text = el.matches('input, select, textarea, button')
      || Array.from(el.childNodes).some((node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim());
    const past = text && !fits(el) && !inTableBox(el);
    const scroller = el.scrollWidth > el.clientWidth + 1 && scrolls(el) && el.tagName !== 'TEXTAREA'
      && !tableBox(el);
    if (past || scroller) {
      found.push(`${el.tagName.toLowerCase()}.${String(el.className).split(' ').slice(-2).join('.')} `
        + `${Math.round(box.left)}–${Math.round(box.right)} px${scroller ? ` scrolls ${el.scrollWidth} px` : ''}: `
        + `${(el.value || el.textContent).trim().slice(0, 50)}`);
    }
  }
  return found.slice(0, 12);
}"""


def wcag_violations(page) -> list[str]:
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_A_AA}})
    return [f"{v['impact']} {v['id']}: {[n['target'] for n in v['nodes']]}" for v in results.response["violations"]]


def _sideways(page, width: int) -> list[str]:
    """What reaches past the right edge, or scrolls sideways, with the window ``width`` CSS px wide."""
    page.set_viewport_size({"width": width, "height": 800})
    page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
    return page.evaluate(_SIDEWAYS, width)


def assert_accessible_at_every_width(page) -> None:
    """axe at the page's own width and at 320 px, one h1, and nothing sideways at 320 or 640 px."""
    page.wait_for_load_state("networkidle")
    own = page.viewport_size
    found: dict[str, object] = {"h1": page.locator("h1").count(), "axe": wcag_violations(page)}
    for width in NARROW:
        found[f"sideways at {width} px"] = _sideways(page, width)
        if width == NARROW[0]:
            found[f"axe at {width} px"] = wcag_violations(page)
    page.set_viewport_size(own)
    expected = {"h1": 1, "axe": [], **{f"sideways at {width} px": [] for width in NARROW}, f"axe at {NARROW[0]} px": []}
    assert found == expected, found
