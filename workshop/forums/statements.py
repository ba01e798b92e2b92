"""The self-assessment's statements and discussion questions, taken from the second source document.

The source is the evaluation of the collaboration forums between Helsingborgs stad and Region Skåne
(Framtidsutbildning AB, 2016-06-27; ``shared/seeds/003_b738d17dc6d55818.txt``). The extracted text has no
page numbers, so each area cites the section and subsection it comes from. Statements turn the document's
success factors into something a member can agree with; questions are the document's own, as it words them.
Keys are stable: answers are stored by them.
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop.i18n import N_, _


@dataclass(frozen=True)
class Statement:
    key: str
    text: str
    """A msgid."""

    @property
    def label(self) -> str:
        return _(self.text)


@dataclass(frozen=True)
class AssessmentArea:
    key: str
    title: str
    """A msgid."""
    source: str
    """Where in the source document the area comes from (its own words, not translated)."""
    statements: tuple[Statement, ...]
    questions: tuple[str, ...]
    """The document's discussion questions for this area (msgids)."""

    @property
    def label(self) -> str:
        return _(self.title)


_STRATEGIC_SOURCE = "Forumens inriktning – Förutsättningar för strategiska mötesforum (efter Ivarsson m.fl. 2013)"

AREAS: tuple[AssessmentArea, ...] = (
    AssessmentArea("before", N_("Before the meeting"), _STRATEGIC_SOURCE, (
        Statement("before.agenda_shared", N_("Several members of the forum contribute items to the agenda.")),
        Statement("before.long_term", N_("At least one item on the agenda concerns a long-term question.")),
        Statement("before.joint_analysis", N_("Several items call for joint analysis and joint positions.")),
        Statement("before.prepared", N_("The agenda is sent out in good time, with clear questions and material so "
                                        "that we can prepare.")),
    ), (
        N_("To what extent do we aim to influence the organisations and their structures in this forum?"),
        N_("If we want influence on the organisations and their structures, how do we create the conditions for "
           "it?"),
    )),
    AssessmentArea("during", N_("During the meeting"), _STRATEGIC_SOURCE, (
        Statement("during.chosen_members", N_("The members are deliberately chosen functions who always attend.")),
        Statement("during.led", N_("The meeting is led by the person given the mandate to hold the forum together, "
                                   "or by the one with the best process knowledge.")),
        Statement("during.voices", N_("Most members take part, and different views are heard.")),
        Statement("during.proposals", N_("Proposals are questioned and revised.")),
    ), (
        N_("To what extent do we aim to influence the organisations and their structures in this forum?"),
        N_("If we want influence on the organisations and their structures, how do we create the conditions for "
           "it?"),
    )),
    AssessmentArea("after", N_("After the meeting"), _STRATEGIC_SOURCE, (
        Statement("after.initiatives", N_("The forum takes strategic initiatives between meetings.")),
        Statement("after.act_in_role", N_("The meetings lead members to act from their own competence and role "
                                          "before the next meeting.")),
        Statement("after.home_organisation", N_("Questions from the forum are raised in our home organisations and "
                                                "become a matter for learning and reflection there.")),
    ), (
        N_("If we want influence on the organisations and their structures, how do we create the conditions for "
           "it?"),
    )),
    AssessmentArea("purpose", N_("Purpose and object of collaboration"),
                   "Forumens inriktning – Uttalade syften och ambitioner i de olika forumen (Sinek; Danermark)", (
        Statement("purpose.why", N_("We share an understanding of why the forum exists.")),
        Statement("purpose.object", N_("We agree on for whom we collaborate, which need it rests on and what its "
                                       "goal is.")),
        Statement("purpose.level", N_("It is stated whether the forum is to work at the operational or the "
                                      "strategic level.")),
    ), (
        N_("Why does the forum exist? How do we work? What do we do?"),
        N_("For whom do we collaborate?"),
        N_("Which need is our collaboration based on?"),
        N_("What is the goal of our collaboration?"),
    )),
    AssessmentArea("roles", N_("Roles and mandate"),
                   "Nytta för invånaren – Upplevda resultat och effekter av arbetet i samverkansforumen", (
        Statement("roles.role", N_("My role in the forum is clearly stated.")),
        Statement("roles.mandate", N_("My area of responsibility and my mandate in the forum are clearly stated.")),
        Statement("roles.chair", N_("The chair has the mandate to drive the discussion on when we disagree.")),
    ), (
        N_("What do we expect of each other's roles and responsibilities for influence on the organisations and "
           "their structures?"),
        N_("How do we see our room for action to influence the organisations and their structures, and how can we "
           "widen it if needed?"),
    )),
    AssessmentArea("user_influence", N_("User influence"), "Brukarinflytande", (
        Statement("user_influence.decided", N_("We have decided whether we want user influence in this forum, "
                                               "and why.")),
        Statement("user_influence.role", N_("The user representatives' role, responsibility and room for action are "
                                            "clear.")),
        Statement("user_influence.real", N_("Users' experience affects the forum's work, not only by being present "
                                            "at meetings.")),
        Statement("user_influence.followed_up", N_("We follow up the results of user participation.")),
    ), (
        N_("Do we want user influence in this forum?"),
        N_("Why do we want it, or not want it?"),
        N_("What role should the user representatives have in the forum?"),
        N_("Which responsibility comes with the role, and which expectations does it bring?"),
        N_("What room for action and influence should the user representatives have?"),
        N_("How can we follow up the results of user participation?"),
    )),
    AssessmentArea("check_act", N_("Check and act"),
                   "Nytta för invånaren – Fokus i samverkansforumen (Demings PDSA)", (
        Statement("check_act.benefit", N_("We follow up what benefit the forum brings to those we collaborate "
                                          "for.")),
        Statement("check_act.act", N_("We act on what we learn from the follow-up.")),
    ), (
        N_("To what extent do we want to focus on the check and act phases?"),
        N_("Which opportunities and challenges do these phases hold?"),
        N_("What does it take to make room for follow-up and evaluation?"),
        N_("What does it take to make room for acting on the knowledge and lessons from the forum?"),
        N_("How can we assess the forum's results in a way that is not based on experience alone?"),
    )),
    AssessmentArea("competence", N_("Competence in collaboration methods"), "Kunskap om samverkansmetoder", (
        Statement("competence.strategy", N_("We have a shared strategy for competence in collaboration methods "
                                            "(such as SIP and case management).")),
        Statement("competence.daily_learning", N_("Training is followed by supervision and continued learning in "
                                                  "daily work.")),
        Statement("competence.lessons", N_("Lessons from reported shortcomings in collaboration are used in the "
                                           "forum.")),
    ), (
        N_("Do we want a shared strategy for competence development?"),
        N_("What is the goal of the competence development?"),
        N_("How can we shape a strategy that gives lasting results and effects?"),
        N_("How can we shape a strategy that takes both formal and informal elements into account?"),
        N_("How can we use our collaboration in the strategy?"),
    )),
)

STATEMENTS: dict[str, Statement] = {statement.key: statement for area in AREAS for statement in area.statements}
AREA_OF: dict[str, AssessmentArea] = {statement.key: area for area in AREAS for statement in area.statements}
