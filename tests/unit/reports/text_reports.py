"""What the tests of the text reports share: the demo teams, hostile and long texts, and Word files read back."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

from workshop.aims import AimDetails, add_aim
from workshop.improvement import ChangeIdeaDetails, add_change_idea
from workshop.model import Member, MemberRole
from workshop.pdsa import (
    ActPart,
    Decision,
    PlanPart,
    Question,
    StudyPart,
    create_cycle,
    save_act,
    save_plan,
    save_study,
)
from workshop.reports import ReportPeriod
from workshop.reports.blocks import Bullets, Facts, Heading, Paragraph, Table
from workshop.teams import get_team, update_team

EXEMPEL, PAHITTSTA = 1, 2
TODAY = dt.date(2026, 11, 23)
NOVEMBER = ReportPeriod.month(2026, 11)
ACTOR = "team:2"
HOSTILE = ("<script>alert(1)</script>", '"><img src=x onerror=alert(1)>')
EMOJI = "Åsa, Ärlig & Östen 🙂 😀👍🏽"
LONG = ("Vi lärde oss mycket om ÅÄÖ och 🙂 vid nybesöken. " * 250)[:10_000]


def hostile_team(store, team_id: int = PAHITTSTA) -> None:
    """Fill the team with texts that try to become markup, emoji and a 10 000-character lesson."""
    team = get_team(store, team_id)
    members = (Member(MemberRole.PROCESS_LEAD, HOSTILE[0]), Member(MemberRole.CASE_WORKER, HOSTILE[1]),
               Member(MemberRole.UNIT_MANAGER, EMOJI))
    update_team(store, team_id, replace(team.details, members=members),
                expected_version=team.version, actor=ACTOR)
    add_aim(store, team_id, AimDetails(what=HOSTILE[0] + " " + EMOJI, for_whom=HOSTILE[1], baseline="10",
                                       target="20", unit="%", by_when=dt.date(2027, 5, 31)), actor=ACTOR)
    idea = add_change_idea(store, team_id, ChangeIdeaDetails(HOSTILE[1] + " idé"), actor=ACTOR)
    cycle = create_cycle(store, team_id, idea.id, HOSTILE[0], actor=ACTOR)
    plan = PlanPart(title=HOSTILE[0], owner=HOSTILE[1], start=dt.date(2026, 11, 2), end=dt.date(2026, 11, 20),
                    questions=(Question(HOSTILE[0] + "?", prediction=EMOJI),))
    cycle = save_plan(store, team_id, cycle.id, plan, expected_version=cycle.version, actor=ACTOR)
    cycle = save_study(store, team_id, cycle.id, StudyPart(((cycle.plan.questions[0].id, HOSTILE[1]),), LONG),
                       expected_version=cycle.version, actor=ACTOR)
    save_act(store, team_id, cycle.id, ActPart(Decision.ADAPT, next_steps=HOSTILE[1]),
             expected_version=cycle.version, actor=ACTOR)


def document_text(document) -> str:
    """Every text of a :class:`Document`'s blocks, one per line, for looking things up."""
    parts = []
    for block in document.blocks:
        if isinstance(block, Table):
            parts += [*block.header, *(cell for row in block.rows for cell in row)]
        elif isinstance(block, Facts):
            parts += [text for item in block.items for text in item]
        elif isinstance(block, Bullets):
            parts += block.items
        elif isinstance(block, (Heading, Paragraph)):
            parts.append(block.text)
    return "\n".join(parts)


def word(content: bytes):
    import docx

    return docx.Document(io.BytesIO(content))


def word_text(content: bytes) -> str:
    """Every paragraph and table cell of a Word file, one per line."""
    document = word(content)
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([paragraph.text for paragraph in document.paragraphs] + cells)


def word_headings(content: bytes) -> list[tuple[str, str]]:
    """(style, text) of every title and heading, in order."""
    return [(paragraph.style.name, paragraph.text) for paragraph in word(content).paragraphs
            if paragraph.style.name.startswith(("Heading", "Title"))]
