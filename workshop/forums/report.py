"""Word documents: one forum's self-assessment round, and an overview of all the collaborative's forums.

Built as the kit's document-neutral blocks (:mod:`workshop.reports.blocks`) and laid out by its Word writer.
Figures of a round appear only from the forum's minimum of answers, as on the page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from workshop.errors import NotFound
from workshop.forums.cost import cost_of, total
from workshop.forums.forums import get_forum
from workshop.forums.model import Forum, Round
from workshop.forums.records import ACT, FORUM_TEXTS
from workshop.forums.results import Change, RoundResult, StatementResult, area_changes, statement_changes
from workshop.forums.rounds import ForumStatus, forum_statuses, list_rounds, result_of
from workshop.forums.statements import AREAS
from workshop.i18n import _, format_date, format_number, get_language
from workshop.reports.blocks import Block, Bullets, Document, Facts, Heading, Paragraph, Table
from workshop.reports.files import GeneratedFile, generated
from workshop.session import Session
from workshop.store import Store


def _hours(value: float) -> str:
    return format_number(value, 1 if value % 1 else 0)


def _score(value: float | None) -> str:
    return format_number(value, 1) if value is not None else "–"


def _change(change: Change | None) -> str:
    if change is None:
        return "–"
    sign = "+" if change.difference > 0 else ""
    return sign + format_number(change.difference, 1)


def forum_blocks(forum: Forum) -> tuple[Block, ...]:
    cost = cost_of(forum)
    table = tuple(f"{seat.organisation}: {seat.role}" if seat.role else seat.organisation for seat in forum.seats)
    return (
        Heading(1, _("The forum")),
        Facts((
            (FORUM_TEXTS.label("level"), FORUM_TEXTS.field("level").shown(forum.level)),
            (_("People"), str(cost.people)),
            (_("Meetings a year"), str(forum.meetings_per_year)),
            (_("Hours per meeting"), _hours(float(forum.hours_per_meeting or 0))),
            (_("Preparation hours per meeting"), _hours(float(forum.preparation_hours or 0))),
            (_("Hours a year at the table"), _hours(cost.meeting_hours)),
            (_("Hours a year with preparation"), _hours(cost.hours_with_preparation)),
        )),
        Heading(2, _("At the table")),
        Bullets(table),
        Heading(2, _("Object of collaboration")),
        Facts(FORUM_TEXTS.labelled(forum, "for_whom", "need", "goal")),
        Heading(2, _("Purpose: why, how, what")),
        Facts(FORUM_TEXTS.labelled(forum, "why", "how", "what")),
    )


def _statement_row(result: StatementResult, change: Change | None) -> tuple[str, ...]:
    if not result.shown:
        return (result.statement.label, _("too few answers"), "", "", "")
    spread = f"{result.lowest}–{result.highest}"
    return (result.statement.label, _score(result.median), spread, _score(result.disagreement), _change(change))


def result_blocks(current: Round, result: RoundResult, previous: RoundResult | None) -> tuple[Block, ...]:
    heading = Heading(1, _("Self-assessment, round {number} ({date})").format(
        number=current.number, date=format_date(current.started_on)))
    if not result.ready:
        return (heading, Paragraph(_("The result is shown once at least {needed} members have answered (now "
                                     "{answers}).").format(needed=result.min_answers, answers=result.answers)))
    changes = statement_changes(previous, result) if previous and previous.ready else {}
    blocks: list[Block] = [heading, Paragraph(_("{answers} members answered. Ratings from 1 (not true at all) to 5 "
                                                "(completely true).").format(answers=result.answers))]
    header = (_("Statement"), _("Median"), _("Lowest–highest"), _("Disagreement"), _("Change"))
    divided = result.most_disagreement()
    for area in result.areas:
        blocks.append(Heading(2, area.area.label))
        # The most divided statements are set in bold here and named in words below.
        blocks.append(Table(header, tuple(_statement_row(one, changes.get(one.statement.key))
                                          for one in area.statements),
                            strong_rows=frozenset(number for number, one in enumerate(area.statements)
                                                  if one in divided)))
    blocks.append(Heading(2, _("Where members disagree most")))
    blocks.append(Bullets(tuple(one.statement.label for one in divided)) if divided
                  else Paragraph(_("No statement divides the members by a scale step or more.")))
    weakest = result.weakest_areas()
    if weakest:
        blocks.append(Heading(2, _("Questions to discuss")))
        for area in weakest:
            blocks.append(Heading(3, area.area.label))
            blocks.append(Bullets(tuple(_(question) for question in area.area.questions)))
    return tuple(blocks)


def act_blocks(current: Round, earlier: Round | None = None) -> tuple[Block, ...]:
    """The round's decision, after what the forum decided the round before (what this round follows up)."""
    blocks: tuple[Block, ...] = ()
    if earlier is not None and earlier.act.what:
        blocks = (Heading(2, _("Decided after round {number}").format(number=earlier.number)),
                  Facts(ACT.labelled(earlier.act)))
    if not current.act.what:
        return (*blocks, Heading(2, _("What we decided")), Paragraph(_("No decision recorded for this round yet.")))
    return (*blocks, Heading(2, _("What we decided")), Facts(ACT.labelled(current.act)))


def _ready(result: RoundResult | None) -> RoundResult | None:
    return result if result is not None and result.ready else None


def _area_comparison(statuses: list[ForumStatus]) -> Table:
    columns = []
    for status in statuses:
        latest, previous = _ready(status.latest), _ready(status.previous)
        changes = area_changes(previous, latest) if latest and previous else {}
        columns.append((latest, changes))
    rows = []
    for area in AREAS:
        cells = []
        for latest, changes in columns:
            found = latest.area(area.key) if latest else None
            change = changes.get(area.key)
            cells.append(_score(found.score if found else None) + (f" ({_change(change)})" if change else ""))
        rows.append((area.label, *cells))
    return Table((_("Area"), *(status.forum.name for status in statuses)), tuple(rows),
                 caption=_("Median per area in each forum's latest round (change from the round before)"))


def overview_blocks(statuses: list[ForumStatus]) -> tuple[Block, ...]:
    """Time spent per forum and in all, the areas side by side, and each forum's latest decision."""
    costs = [cost_of(status.forum) for status in statuses]
    summed = total(costs)
    level = FORUM_TEXTS.field("level")
    cost_rows = tuple((status.forum.name, level.shown(status.forum.level),
                       str(cost.people), _hours(cost.meeting_hours), _hours(cost.hours_with_preparation))
                      for status, cost in zip(statuses, costs, strict=True))
    blocks: list[Block] = [
        Heading(1, _("Time spent in the forums")),
        Table((_("Forum"), FORUM_TEXTS.label("level"), _("People"), _("Hours a year"), _("With preparation")),
              (*cost_rows, (_("All forums"), "", "", _hours(summed.meeting_hours),
                            _hours(summed.hours_with_preparation))),
              caption=_("Hours a year: people × meetings × hours per meeting (and preparation hours)"),
              strong_rows=frozenset({len(cost_rows)})),
        Paragraph(_("That is {weeks} working weeks of 40 hours a year, {weeks_prepared} with preparation.").format(
            weeks=_hours(summed.meeting_weeks), weeks_prepared=_hours(summed.weeks_with_preparation))),
        Heading(1, _("Self-assessment side by side")),
        _area_comparison(statuses),
        Heading(1, _("Decisions")),
    ]
    latest_decisions = ((status.forum.name, [one for one in status.rounds if one.act.what]) for status in statuses)
    decided = [(name, rounds[-1]) for name, rounds in latest_decisions if rounds]
    blocks.append(Table((_("Forum"), _("Round"), *(ACT.label(name) for name in ("what", "who", "by_when"))),
                        tuple((name, str(one.number), *(value for _label, value in ACT.labelled(one.act)))
                              for name, one in decided), caption=_("Each forum's latest decision"))
                  if decided else Paragraph(_("No forum has recorded a decision yet.")))
    return tuple(blocks)


def overview_document(statuses: list[ForumStatus], collaborative: str) -> Document:
    return Document(_("Samverkansforum – overview"), collaborative, overview_blocks(statuses), get_language())


def _word(kind: str, name: str, document: Document, day: dt.date) -> GeneratedFile:
    from workshop.reports.text.docx_writer import docx_bytes

    return generated(kind, name, day.isoformat(), "docx", docx_bytes(document))


@dataclass(frozen=True)
class RoundReading:
    """A forum's round as its page and report show it, with the round before it to compare with."""

    forum: Forum
    current: Round
    result: RoundResult
    earlier: Round | None
    previous: RoundResult | None

    def assessment_blocks(self) -> tuple[Block, ...]:
        return result_blocks(self.current, self.result, self.previous) + act_blocks(self.current, self.earlier)

    def blocks(self) -> tuple[Block, ...]:
        return forum_blocks(self.forum) + self.assessment_blocks()


def read_round(store: Store, facilitator: Session, forum_id: int, round_number: int) -> RoundReading:
    forum = get_forum(store, facilitator, forum_id)
    rounds = list_rounds(store, facilitator, forum_id)
    current = next((one for one in rounds if one.number == round_number), None)
    if current is None:
        raise NotFound(_("The round does not exist (it may have been removed)."))
    earlier = next((one for one in reversed(rounds) if one.number < round_number), None)
    previous = result_of(store, facilitator, forum_id, earlier.id) if earlier else None
    return RoundReading(forum, current, result_of(store, facilitator, forum_id, current.id), earlier, previous)


def round_report_file(store: Store, facilitator: Session, forum_id: int, round_number: int, *,
                      today: dt.date | None = None) -> GeneratedFile:
    """The Word report of one round of a forum, with the change from the round before."""
    reading = read_round(store, facilitator, forum_id, round_number)
    document = Document(reading.forum.name, _("Samverkansforum – self-assessment"), reading.blocks(), get_language())
    return _word("samverkansforum", f"{reading.forum.name} omgang {round_number}", document,
                 today or dt.date.today())


def overview_file(store: Store, facilitator: Session, collaborative: str, *,
                  today: dt.date | None = None) -> GeneratedFile:
    return _word("samverkansforum-oversikt", collaborative, overview_document(forum_statuses(store, facilitator),
                                                                             collaborative), today or dt.date.today())
