"""The assessment scale for collaboratives (IHI, with Life QI's 0.5 level): where a team's work stands.

Each month the team scores itself on this scale; the facilitators may score the
team on the same scale, so that differences in perspective show. The labels and
definitions follow IHI's Assessment Scale for Collaboratives as shown in Life QI.
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop.i18n import N_, _, format_number


@dataclass(frozen=True)
class ScaleLevel:
    score: float
    label_msgid: str
    definition_msgid: str

    @property
    def label(self) -> str:
        return _(self.label_msgid)

    @property
    def definition(self) -> str:
        return _(self.definition_msgid)

    @property
    def score_text(self) -> str:
        """The score as people write it: "2,5" in Swedish."""
        return score_text(self.score)


ASSESSMENT_SCALE: tuple[ScaleLevel, ...] = (
    ScaleLevel(0.5, N_("Intent to participate"),
               N_("Project identified, but no charter completed and no team formed.")),
    ScaleLevel(1.0, N_("Charter and team established"),
               N_("Charter completed and reviewed; individuals or teams assigned, but no work accomplished.")),
    ScaleLevel(1.5, N_("Planning for the project has begun"),
               N_("Organisation of the project structure has begun (resources, focus, tools and materials, "
                  "meeting schedule).")),
    ScaleLevel(2.0, N_("Activity, but no changes"),
               N_("Initial cycles for team learning have begun (project planning, measurement, data collection, "
                  "obtaining baseline data, study of processes, surveys).")),
    ScaleLevel(2.5, N_("Changes tested, but no improvement"),
               N_("Initial cycles for testing changes have begun. Most goals have a measure established to track "
                  "progress. Measures are graphically displayed with targets.")),
    ScaleLevel(3.0, N_("Modest improvement"),
               N_("Successful tests completed for some components of the change package; some small-scale "
                  "implementation; anecdotal evidence of improvement; expected results 20 % complete.")),
    ScaleLevel(3.5, N_("Improvement"),
               N_("Testing and implementation continue, and further improvement in project measures towards the "
                  "goals is seen.")),
    ScaleLevel(4.0, N_("Significant improvement"),
               N_("Expected results achieved for major subsystems; implementation (training, communication) "
                  "begun; goals 50 % or more complete.")),
    ScaleLevel(4.5, N_("Sustainable improvement"),
               N_("Data on key measures begin to indicate that the impact of implemented changes is sustained.")),
    ScaleLevel(5.0, N_("Outstanding sustainable results"),
               N_("All implementation cycles completed; all goals and expected results accomplished; "
                  "organisational changes made to make the changes permanent.")),
)

SCORES = tuple(level.score for level in ASSESSMENT_SCALE)
_BY_SCORE = {level.score: level for level in ASSESSMENT_SCALE}


def scale_level(score: float | None) -> ScaleLevel | None:
    """The level of ``score`` (one of :data:`SCORES`), or None for no score."""
    return None if score is None else _BY_SCORE[score]


def score_text(score: float) -> str:
    return format_number(score, decimals=1)
