"""The 0.5–5.0 assessment scale: ten levels, each with a name and a definition in Swedish and English."""

from __future__ import annotations

import pytest

from workshop.i18n import set_language
from workshop.reports.records.assessment_scale import ASSESSMENT_SCALE, SCORES, scale_level, score_text


def test_the_scale_has_ten_levels_from_half_to_five_in_half_steps():
    assert SCORES == (0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0)
    assert [level.score for level in ASSESSMENT_SCALE] == list(SCORES)


def test_levels_have_plain_swedish_names_and_definitions():
    names = {level.score: level.label for level in ASSESSMENT_SCALE}
    assert names[1.0] == "Team och uppdrag finns"
    assert names[2.0] == "Aktivitet men inga förändringar"
    assert names[5.0] == "Enastående och hållbara resultat"
    assert "20 %" in scale_level(3.0).definition and "förbättring" in scale_level(3.0).definition
    assert len(set(names.values())) == len(ASSESSMENT_SCALE)
    assert len({level.definition for level in ASSESSMENT_SCALE}) == len(ASSESSMENT_SCALE)


def test_english_follows_the_ihi_wording():
    set_language("en")
    assert scale_level(0.5).label == "Intent to participate"
    assert scale_level(2.5).label == "Changes tested, but no improvement"
    assert scale_level(4.5).definition.startswith("Data on key measures begin to indicate")


def test_every_level_is_translated_into_swedish():
    swedish = [(level.label, level.definition) for level in ASSESSMENT_SCALE]
    set_language("en")
    english = [(level.label, level.definition) for level in ASSESSMENT_SCALE]
    assert all(sv_label != en_label and sv_text != en_text
               for (sv_label, sv_text), (en_label, en_text) in zip(swedish, english, strict=True))


@pytest.mark.parametrize(("language", "shown"), [("sv", "2,5"), ("en", "2.5")])
def test_scores_are_written_the_way_the_language_writes_decimals(language, shown):
    set_language(language)
    assert score_text(2.5) == shown == scale_level(2.5).score_text
    assert score_text(5.0) == ("5,0" if language == "sv" else "5.0")


def test_no_score_has_no_level():
    assert scale_level(None) is None
    assert scale_level(1.5) is ASSESSMENT_SCALE[2]
