"""Driving a page with the keyboard alone: Tab to a control by its name, checking on the way that every control the
focus lands on shows it."""

from __future__ import annotations

import re
from dataclasses import dataclass

# What the focused element is called and how its focus looks. The name is what a person reads: a field's label
# (ipywidgets' description is a <label for>), an aria-label, or the text of a button, link or summary.
_FOCUSED = """() => {
  const element = document.activeElement;
  if (!element || element === document.body) { return null; }
  const labels = element.labels ? Array.from(element.labels, label => label.innerText.trim()).filter(Boolean) : [];
  const name = labels[0] || element.getAttribute("aria-label") || element.innerText || element.value || "";
  const style = getComputedStyle(element);
  return { tag: element.tagName.toLowerCase(), type: element.type || "",
           css: String(element.className || ""), name: name.trim().replace(/\\s+/g, " "),
           outline_style: style.outlineStyle, outline_width: parseFloat(style.outlineWidth) || 0,
           box_shadow: style.boxShadow, message: element.hasAttribute("data-gk-news") };
}"""


@dataclass(frozen=True)
class Focused:
    tag: str
    type: str
    css: str
    name: str
    outline_style: str
    outline_width: float
    box_shadow: str
    message: bool

    @property
    def shows_focus(self) -> bool:
        """An outline of at least 2 px, or a ring drawn with a box shadow."""
        return (self.outline_style != "none" and self.outline_width >= 2) or self.box_shadow not in ("", "none")


def focused(page) -> Focused | None:
    described = page.evaluate(_FOCUSED)
    return Focused(**described) if described else None


class Walk:
    """The keyboard's way through a journey: every control it focuses is kept, to check that each showed its focus."""

    def __init__(self, page) -> None:
        self.page = page
        self.without_focus_ring: set[str] = set()
        self.stops = 0

    def _note(self, element: Focused | None) -> None:
        if element is None:
            return
        self.stops += 1
        if not element.shows_focus:
            self.without_focus_ring.add(f"{element.tag}.{element.css}[{element.type}] “{element.name[:60]}”")

    def tab_to(self, name: str | re.Pattern, *, tag: str | None = None, backwards: bool = False,
               presses: int = 250) -> Focused:
        """Press Tab (Shift+Tab ``backwards``) until the focused control is called ``name`` (a string, or a pattern
        its name matches whole), and is a ``tag`` if given."""
        key = "Shift+Tab" if backwards else "Tab"
        seen: list[str] = []
        for _press in range(presses):
            self.page.keyboard.press(key)
            element = focused(self.page)
            self._note(element)
            if element is None:
                continue
            seen.append(element.name[:40])
            named = name.fullmatch(element.name) if isinstance(name, re.Pattern) else element.name == name
            if named and (tag is None or element.tag == tag):
                return element
        raise AssertionError(f"{presses} presses of {key} never reached “{name}”; the last stops: {seen[-12:]}")

    def press(self, key: str) -> None:
        """Press ``key`` on what has the focus."""
        self.page.keyboard.press(key)

    def type(self, text: str) -> None:
        self.page.keyboard.type(text)

    def choose(self, option: str, *, presses: int = 30) -> None:
        """In the focused list (a select or a radio group), press the down arrow until ``option`` is chosen; at the
        end of the list, the up arrow."""
        # ipywidgets writes a dropdown's spaces as no-break spaces: read them as spaces.
        chosen = """() => { const element = document.activeElement;
          const shown = element.tagName === "SELECT" ? element.selectedOptions[0]?.text
                        : element.labels?.[0]?.innerText || element.parentElement.innerText;
          return (shown || "").trim().replace(/\\s+/g, " "); }"""
        key, was = "ArrowDown", None
        for _press in range(presses):
            now = self.page.evaluate(chosen)
            if now == option:
                return
            if now == was:
                key = "ArrowUp"
            was = now
            self.page.keyboard.press(key)
            self._note(focused(self.page))
        raise AssertionError(f"the arrow keys never chose “{option}”, the last was “{was}”")

    def message_has_focus(self, text: str) -> Focused:
        """After an action: the message saying what happened has the focus (and shows it)."""
        self.page.wait_for_function("""text => { const element = document.activeElement;
            return element && element.hasAttribute("data-gk-news") && element.innerText.includes(text); }""", arg=text)
        element = focused(self.page)
        self._note(element)
        return element
