"""The team's timer as markup: the kernel writes the minutes and the words, the browser counts.

A timer counted in the kernel would send a message a second and stop with a slow connection; the page's template
(``share/jupyter/voila/templates/genombrott``) counts down every ``[data-gk-timer]`` from the moment it appears, in
the same mm:ss as :func:`clock_text`, and says "Tiden är ute" in words once the time is over. The markup changes,
and so the count starts again, only when the next team comes up.
"""

from __future__ import annotations

from html import escape

from workshop.i18n import _


def clock_text(seconds: int) -> str:
    """"05:00", "00:09": minutes and seconds, as the browser's count shows them."""
    minutes, rest = divmod(max(seconds, 0), 60)
    return f"{minutes:02d}:{rest:02d}"


def timer_markup(minutes: int, team_place: int) -> str:
    """The timer of the team presenting ``team_place``-th (the place makes each team's markup, so its count, new)."""
    seconds = minutes * 60
    over, left = _("Time is up"), _("Time left")
    return (f'<div class="gk-timer" data-gk-timer="{seconds}" data-gk-team="{team_place}" '
            f'data-gk-over="{escape(over)}"><span class="gk-timer-label">{escape(left)}</span> '
            f'<span class="gk-timer-face" role="timer">{clock_text(seconds)}</span></div>')
