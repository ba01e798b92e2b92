"""The series through the SPC engine, and the verdict in plain Swedish."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.unit.results.blocks import SHIFT_VALUES
from workshop.errors import InvalidInput
from workshop.improvement import ChartKind, Direction, Frequency
from workshop.results import MeasureSeries, PhaseStart, Point, analyse_series, parse_period, verdict
from workshop.results.problems import MESSAGES, spc_problem
from workshop.spc import ERROR_CODES, SPCInputError


def _series(measure, values, *, first="v. 36 2026", excluded=(), phases=()):
    period = parse_period(first, measure.frequency)
    points = []
    for number, value in enumerate(values, 1):
        reason = "Fel i uttaget" if number in excluded else None
        points.append(Point(period, value=value, exclusion_reason=reason))
        period = period.next()
    starts = tuple(PhaseStart(points[number - 1].period, "Ny rutin") for number in phases)
    return MeasureSeries(measure, tuple(points), starts)


def _judge(series):
    return verdict(series, analyse_series(series))


def test_a_shift_is_named_with_its_limit_and_the_better_direction(measures):
    judged = _judge(_series(measures["Antal"], SHIFT_VALUES))
    assert judged.signal and judged.better is True
    assert judged.headline == "Tecken på verklig förändring, åt det bättre hållet"
    assert ("12 punkter i rad över medianen – gränsen är 8 för 24 användbara punkter: tecken på en verklig "
            "förändring.") in judged.sentences
    assert "Kurvan korsar medianen bara 1 gång – färre än 8 är ovanligt för 24 användbara punkter: tecken på en " \
           "verklig förändring." in judged.sentences
    assert judged.sentences[-1] == "Förändringen går åt det bättre hållet (högre är bättre för det här måttet)."
    assert judged.new_phase_from.label == "v. 48 2026"


def test_the_same_shift_is_for_the_worse_when_lower_is_better(measures):
    measure = replace(measures["Antal"], direction=Direction.LOWER)
    judged = _judge(_series(measure, SHIFT_VALUES))
    assert judged.better is False and judged.headline.endswith("åt det sämre hållet")
    assert "ta reda på varför" in judged.sentences[-1]


def test_a_shift_down_late_in_the_series_is_a_move_down(measures):
    judged = _judge(_series(measures["Antal"], list(reversed(SHIFT_VALUES))))
    assert judged.better is False


def test_fewer_than_ten_useful_points_cannot_be_judged(measures):
    judged = _judge(_series(measures["Antal"], [1, 2, 5, 1, 2, 6, 9, 8]))
    assert not judged.signal and judged.headline == "För få punkter än (8 av 10)"
    assert judged.sentences[0].startswith("Det går inte att säga något säkert än: 8 användbara punkter, och minst "
                                          "10 behövs")
    assert judged.new_phase_from is None


def test_random_variation_gives_no_signal(measures):
    judged = _judge(_series(measures["Antal"], [3, 5, 2, 6, 4, 5, 3, 6, 2, 5, 4, 3, 6, 2, 5, 3]))
    assert (judged.signal, judged.better, judged.headline) == (False, None, "Ingen signal: slumpmässig variation")
    assert judged.sentences[0].startswith("Ingen signal: den längsta serien är")


def test_each_phase_is_judged_on_its_own_and_excluded_points_do_not_count(measures):
    series = _series(measures["Antal"], SHIFT_VALUES, phases=[13], excluded=[2])
    analysis = analyse_series(series)
    assert [phase.first_point for phase in analysis.phases] == [1, 13]
    assert analysis.excluded == (2,)
    judged = verdict(series, analysis)
    assert judged.sentences[0].startswith("Fas 1 (från v. 36 2026): Det går inte att säga")
    assert any(sentence.startswith("Fas 2 (från v. 48 2026):") for sentence in judged.sentences)


def test_a_phase_between_points_starts_at_the_next_point(measures):
    series = _series(measures["Antal"], SHIFT_VALUES)
    gap = replace(series, phases=(PhaseStart(parse_period("v. 47 2026", Frequency.WEEK), "Ny rutin"),),
                  points=tuple(point for point in series.points if point.period.label != "v. 47 2026"))
    assert analyse_series(gap).phases[1].first_point == 12


def test_control_chart_points_outside_the_limits_are_named(measures):
    measure = replace(measures["Dagar"], chart=ChartKind.I)
    values = [12, 13, 11, 12, 14, 12, 13, 11, 12, 13, 12, 30]
    judged = _judge(_series(measure, values, first="jan 2026"))
    assert "dec 2026 ligger utanför styrgränserna: tecken på en särskild orsak." in judged.sentences
    assert "Styrgränserna är preliminära: de bygger på 12 punkter" in " ".join(judged.sentences)
    assert judged.better is False  # days to the first visit went up


def test_a_p_chart_uses_percent(measures):
    measure = measures["Andel"]
    points = (Point(parse_period("jan 2026", Frequency.MONTH), numerator=9, denominator=25),
              Point(parse_period("feb 2026", Frequency.MONTH), numerator=7, denominator=22))
    analysis = analyse_series(MeasureSeries(measure, points))
    assert analysis.values[0] == pytest.approx(36) and analysis.ucl[0] is not None


def test_the_engines_refusals_are_swedish_messages_naming_the_period(measures):
    assert set(MESSAGES) == set(ERROR_CODES)
    periods = [parse_period("v. 36 2026", Frequency.WEEK)]
    problem = spc_problem(SPCInputError("negative_count", "x", point=1), periods)
    assert isinstance(problem, InvalidInput) and problem.message == "v. 36 2026: ett antal kan inte vara negativt."
    for code in ERROR_CODES:
        assert spc_problem(SPCInputError(code, "x"), periods).message


def test_a_series_the_chart_cannot_draw_says_why(measures):
    with pytest.raises(InvalidInput, match="Ett diagram behöver minst 2 punkter med värden"):
        analyse_series(_series(measures["Antal"], [3]))
    with pytest.raises(InvalidInput, match="P-diagram \\(andelar\\) behöver täljare och nämnare"):
        analyse_series(_series(replace(measures["Antal"], chart=ChartKind.P), [3, 4]))
