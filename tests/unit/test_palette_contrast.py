"""The one palette is readable: text at least 4.5:1 on its backgrounds (WCAG AA 1.4.3), control borders and the
focus ring at least 3:1 (1.4.11); the pages' sheet takes every colour from it."""

from __future__ import annotations

import re

import pytest

from workshop import palette
from workshop.palette import ACCENT, FOCUS, INK, LINE, MESSAGES, MUTED, PALE, PALER, SIGNAL, TARGET, TITLE_INK, WHITE

_PAGE_BACKGROUNDS = (WHITE, PALE, PALER)


def _luminance(colour: str) -> float:
    def channel(value: int) -> float:
        share = value / 255
        return share / 12.92 if share <= 0.04045 else ((share + 0.055) / 1.055) ** 2.4

    red, green, blue = (int(colour[index:index + 2], 16) for index in (0, 2, 4))
    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)


def contrast(first: str, second: str) -> float:
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_contrast_is_computed_as_wcag_defines_it():
    assert contrast("000000", "FFFFFF") == pytest.approx(21)
    assert contrast("777777", "FFFFFF") == pytest.approx(4.48, abs=0.01)


TEXT_PAIRS = [
    *((text, background) for text in (INK, TITLE_INK, ACCENT, MUTED) for background in _PAGE_BACKGROUNDS),
    *((INK, background) for _edge, background in MESSAGES.values()),
    (WHITE, ACCENT),  # a primary button
    (WHITE, TITLE_INK),  # a primary button under the pointer
    (MESSAGES["success"][0], WHITE),  # "Kopierad" beside a link
]


@pytest.mark.parametrize(("text", "background"), TEXT_PAIRS)
def test_text_reads_at_4_5_to_1(text, background):
    assert contrast(text, background) >= 4.5


@pytest.mark.parametrize(("mark", "background"), [
    *((mark, background) for mark in (LINE, FOCUS) for background in _PAGE_BACKGROUNDS),
    *((edge, background) for edge, background in MESSAGES.values()),
    (SIGNAL, WHITE), (TARGET, WHITE), (ACCENT, WHITE),  # a chart's marks
])
def test_control_borders_focus_and_chart_marks_stand_out_at_3_to_1(mark, background):
    assert contrast(mark, background) >= 3


def test_the_page_sheet_names_the_shared_variables_and_has_no_colour_of_its_own():
    from widgets.components.style import CSS

    variables = palette.css_variables()
    for name in ("ink", "title", "accent", "pale", "paler", "muted", "line", "border"):
        assert f"--gk-color-{name}: #" in variables
    assert "--gk-color-border: #c8ccd0;" in variables
    for measure in ("--gk-space-1: 0.25rem", "--gk-space-2: 0.5rem", "--gk-space-3: 1rem", "--gk-space-4: 1.5rem",
                    "--gk-radius: 6px", "--gk-font-small: 14px"):
        assert measure in variables
    assert variables in CSS
    rules = CSS.replace(variables, "")
    assert set(re.findall(r"#[0-9a-fA-F]{3,8}\b", rules)) <= {"#fff", "#000"}
