"""Report arithmetic: rates, averages, CSAT, NPS, medians in minutes, and how they moved."""

import pytest

from feedback.report_figures import Change, Figures, Row, Tally, changes, half_up


@pytest.mark.parametrize("value, places, rounded", [
    (0.5, 0, 1), (1.5, 0, 2), (2.5, 0, 3), (66.666, 0, 67), (2.45, 1, 2.5), (3.333, 1, 3.3),
    (-0.5, 0, -1), (0.05, 1, 0.1), (4.0, 1, 4.0),
])
def test_rounding_is_half_up_as_people_round(value, places, rounded):
    assert half_up(value, places) == rounded


def test_the_figures_of_a_tally():
    figures = Figures.of(Tally(sent=3, answered=2, scored=6, score_sum=21, satisfied=4, low=2,
                               nps_answers=3, promoters=2, detractors=1, alerts=2, alerts_open=1,
                               alerts_resolved=1, take_seconds=89, resolve_seconds=3600))
    assert figures == Figures(sent=3, answered=2, response_rate=67, average=3.5, csat=67, low=2,
                              nps=33, alerts=2, alerts_open=1, alerts_resolved=1, take_minutes=1,
                              resolve_minutes=60)


def test_nothing_to_divide_by_gives_no_figure_rather_than_zero():
    figures = Figures.of(Tally())
    assert (figures.response_rate, figures.average, figures.csat, figures.nps) == (None,) * 4
    assert (figures.take_minutes, figures.resolve_minutes) == (None, None)
    assert figures.empty and not Figures.of(Tally(sent=1)).empty


@pytest.mark.parametrize("promoters, detractors, answers, nps", [
    (2, 1, 3, 33), (0, 0, 1, 0), (1, 0, 1, 100), (0, 4, 4, -100), (1, 1, 2, 0), (3, 2, 8, 13),
])
def test_nps_is_promoters_minus_detractors_in_percent(promoters, detractors, answers, nps):
    assert Figures.of(Tally(nps_answers=answers, promoters=promoters, detractors=detractors)).nps == nps


@pytest.mark.parametrize("now, before, arrow, diff", [
    (5, 3, "↑", 2), (3, 5, "↓", -2), (4, 4, "=", 0), (4.0, 3.5, "↑", 0.5), (3.3, 2.5, "↑", 0.8),
    (5, None, "", None), (None, 5, "", None), (None, None, "", None),
])
def test_a_change_has_an_arrow_and_a_difference(now, before, arrow, diff):
    change = Change(now, before)
    assert (change.arrow, change.diff) == (arrow, diff)


def test_changes_compare_the_rounded_figures_people_see():
    # 4.24 and 4.16 both read 4.2: the change reads "=", not "↑0.1"
    now = Figures.of(Tally(scored=100, score_sum=424))
    before = Figures.of(Tally(scored=100, score_sum=416))
    assert changes(now, before)["average"].arrow == "="
    assert changes(now, None)["average"] == Change(4.2, None)


def test_a_row_without_a_previous_period():
    row = Row.of("Логистика", Tally(sent=1), None)
    assert row.before is None and row.now.sent == 1
