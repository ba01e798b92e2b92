"""The short explanations and pilot-domain examples that guide each of the three questions."""

from __future__ import annotations

from widgets.components.fields import html, text
from workshop.i18n import _


def guidance(explanation: str, example: str):
    """An explanation and an example, the example marked as such in words (not only by style)."""
    label = _("Example")
    return html(f'<p>{text(explanation)}</p><p class="gk-muted"><strong>{text(label)}:</strong> '
                f"{text(example)}</p>")


def introduction():
    return guidance(
        _("The Model for Improvement asks three questions. Answer them in order: what you want to achieve, "
          "how you will know that a change is an improvement, and which changes you can make. Everything is "
          "saved as you write, and later steps build on it."),
        _("A team wants more young adults to be asked about alcohol and drugs at their first visit. The aim says "
          "how much and by when, the measures show whether it happens, and the driver diagram shows which "
          "changes to test."),
    )


def question_aim():
    return guidance(
        _("Start with why: the purpose makes the work meaningful for everyone in the team. Then write the aim: "
          "what will change, for whom, from where you are now to how much, and by when. "
          "“Some is not a number, soon is not a time.”"),
        _("The share of new visits for young adults (18–24) where AUDIT and DUDIT are used will increase from "
          "20 % to 80 % by 31 May 2027."),
    )


def question_measures():
    return guidance(
        _("Measures show whether a change is an improvement. Use an outcome measure for the aim, process "
          "measures for what you do, and a balancing measure for what could get worse. Define each one so that "
          "anyone would count it the same way."),
        _("Process measure: share of new visits with young adults where AUDIT was used, each week. Numerator: "
          "new visits where AUDIT was used. Denominator: all new visits with young adults. Balancing measure: "
          "days from application to first visit."),
    )


def question_changes():
    return guidance(
        _("The driver diagram links the aim to what drives it: primary drivers (broad areas), secondary drivers "
          "(what influences them) and change ideas you can test in PDSA cycles. Judge each idea's impact and "
          "effort to choose what to test first."),
        _("Aim → primary driver “Discover hazardous use early” → secondary driver “Talk about alcohol and drugs "
          "at new visits” → change idea “AUDIT and DUDIT at every new visit with young adults”."),
    )
