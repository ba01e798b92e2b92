"""The storyboard: the team's work as a PowerPoint deck to present at a learning seminar or the final meeting.

>>> from workshop.reports import team_snapshot
>>> content = build_storyboard(team_snapshot(store, team_id))   # .pptx bytes

Cover, target group, aim and purpose, driver diagram, change ideas, PDSA cycles, results with
native charts, lessons, next steps and — when the team has not recorded everything — what is
missing. Everything in the deck is editable: text boxes, tables, diagram shapes and charts.
python-pptx is imported when a deck is made.
"""

from __future__ import annotations

from workshop.reports.snapshot import TeamSnapshot


def build_storyboard(snapshot: TeamSnapshot) -> bytes:
    """The deck as .pptx bytes, in the current language."""
    from workshop.i18n import _
    from workshop.reports.pptx import slides_changes, slides_closing, slides_diagram, slides_intro, slides_results
    from workshop.reports.pptx.deck import Deck
    from workshop.reports.pptx.text import clean

    team = clean(snapshot.team.name)
    deck = Deck(f"{team} · {snapshot.period.label}", title=_("Storyboard: {team}").format(team=team),
                subject=clean(snapshot.collaborative.name))
    sections = (
        slides_intro.cover, slides_intro.target_group, slides_intro.aim_and_purpose, slides_diagram.driver_diagram,
        slides_changes.change_ideas, slides_changes.cycles, slides_results.results, slides_closing.lessons,
        slides_closing.next_steps, slides_closing.missing,
    )
    for section in sections:
        section(deck, snapshot)
    return deck.to_bytes()
