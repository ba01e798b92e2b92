"""Two fictional forums, each with two self-assessment rounds and a decision after the first.

Ratings are made up: each forum has a profile per area, members differ from it by a fixed pattern, and the
second round is better where the forum decided to act.
"""

from __future__ import annotations

import datetime as dt

from workshop.forums.forums import create_forum
from workshop.forums.links import answer, member_links
from workshop.forums.model import ActDetails, ForumDetails, Seat
from workshop.forums.rounds import record_act, start_round
from workshop.forums.statements import AREAS
from workshop.session import Session
from workshop.store import Store

_MEMBER_OFFSETS = (0, 1, -1, 0, 1, -2, 0, -1)
"""How far each member's ratings lie from the forum's profile (member 6 sees it all more darkly)."""

_STRATEGIC = ForumDetails(
    name="Fiktiva samrådet för psykiatri och beroende",
    level="strategic",
    seats=(Seat("Fiktiva regionen, psykiatrin", "Verksamhetschef"), Seat("Fiktiva regionen, beroendevården",
                                                                           "Verksamhetschef"),
           Seat("Exempelstadens socialförvaltning", "Avdelningschef"), Seat("Exempelstadens socialförvaltning",
                                                                            "Psykiatrisamordnare"),
           Seat("Arbetsförmedlingen", "Sektionschef"), Seat("Försäkringskassan", "Samverkansansvarig"),
           Seat("Brukarföreningen", "Brukarrepresentant"), Seat("Brukarföreningen", "Brukarrepresentant")),
    meetings_per_year=5, hours_per_meeting=2.5, preparation_hours=1,
    for_whom="Vuxna med psykisk ohälsa och beroendeproblem",
    need="Stödet är uppdelat på många verksamheter och ingen ser helheten",
    goal="Personerna får samordnat stöd utan att själva behöva samordna det",
    why="Ingen ska behöva falla mellan våra organisationer",
    how="Vi följer upp brister i samverkan och ändrar våra rutiner tillsammans",
    what="Fem möten per år med gemensam agenda och uppföljning",
)

_OPERATIONAL = ForumDetails(
    name="Fiktiva samrådsteamet – snabb handläggning",
    level="operational",
    seats=(Seat("Exempelstadens försörjningsstöd", "Socialsekreterare"), Seat("Exempelstadens beroendeenhet",
                                                                              "Behandlare"),
           Seat("Fiktiva regionen, psykiatrin", "Kurator"), Seat("Arbetsförmedlingen", "Arbetsförmedlare"),
           Seat("Försäkringskassan", "Handläggare"), Seat("Exempelstadens socialförvaltning", "Samordnare")),
    meetings_per_year=10, hours_per_meeting=2, preparation_hours=1,
    for_whom="Personer vars ärenden kräver flera myndigheter samtidigt",
    need="Ärenden står still medan myndigheterna väntar på varandra",
    goal="En väg in och ett beslut inom en månad",
    why="Den enskilde ska inte vänta på att vi hittar varandra",
    how="Vi tar upp pågående ärenden och delar kontaktuppgifter och råd",
    what="Tio ärendemöten per år",
)

_PROFILES = {
    _STRATEGIC.name: {"before": 2, "during": 4, "after": 2, "purpose": 3, "roles": 2, "user_influence": 2,
                      "check_act": 2, "competence": 3},
    _OPERATIONAL.name: {"before": 3, "during": 4, "after": 3, "purpose": 4, "roles": 4, "user_influence": 1,
                        "check_act": 2, "competence": 3},
}

_ACTS = {
    _STRATEGIC.name: ("before", ActDetails("Alla parter skickar in punkter till agendan två veckor före mötet, och "
                                           "varje möte har en långsiktig fråga.", "Ordförande", None)),
    _OPERATIONAL.name: ("check_act", ActDetails("Vi följer upp tre avslutade ärenden per kvartal: hur lång tid tog "
                                                "det, och vad hjälpte?", "Samordnaren", None)),
}


def _ratings(profile: dict[str, int], offset: int, better: str | None) -> dict[str, int | None]:
    ratings: dict[str, int | None] = {}
    for area in AREAS:
        base = profile[area.key] + (2 if area.key == better else 0)
        for position, statement in enumerate(area.statements):
            ratings[statement.key] = max(1, min(5, base + (offset if position % 2 == 0 else 0)))
    return ratings


def seed_forums_demo(store: Store, facilitator: Session, *, today: dt.date | None = None) -> None:
    today = today or dt.date.today()
    for details in (_STRATEGIC, _OPERATIONAL):
        forum = create_forum(store, facilitator, details)
        links = member_links(store, facilitator, forum.id)
        better, act = _ACTS[details.name]
        first = start_round(store, facilitator, forum.id, today=today - dt.timedelta(days=180))
        for link, offset in zip(links, _MEMBER_OFFSETS, strict=False):
            answer(store, link, _ratings(_PROFILES[details.name], offset, None))
        record_act(store, facilitator, forum.id, first.id,
                   ActDetails(act.what, act.who, today - dt.timedelta(days=90)), expected_version=first.version)
        start_round(store, facilitator, forum.id, today=today - dt.timedelta(days=14))
        for link, offset in zip(links[:-1], _MEMBER_OFFSETS, strict=False):
            answer(store, link, _ratings(_PROFILES[details.name], offset, better))
