"""What counts as low, what is a lead, and which raw button values a question accepts."""

import pytest

from feedback.default_script import DEFAULT_SCRIPT
from feedback.questions import Kind, Option, Question

SCALE = Question("logistics", Kind.SCALE5, "Как прошла доставка?")
NPS = Question("sales", Kind.NPS, "Порекомендуете нас?")
YESNO = Question("quality", Kind.YESNO, "Всё ли было в комплекте?")
REBUY = DEFAULT_SCRIPT[3]


@pytest.mark.parametrize("threshold, value, low", [
    (3, 1, True), (3, 3, True), (3, 4, False), (3, 5, False),
    (2, 2, True), (2, 3, False), (1, 1, True), (1, 2, False), (4, 4, True), (4, 5, False),
])
def test_a_scale_score_is_low_at_or_below_the_threshold(threshold, value, low):
    assert SCALE.is_low(value, threshold) is low


@pytest.mark.parametrize("value, low", [(0, True), (6, True), (7, False), (10, False)])
def test_nps_detractors_are_low_whatever_the_threshold(value, low):
    assert NPS.is_low(value, 1) is low and NPS.is_low(value, 4) is low


def test_no_is_low_for_yes_no_questions():
    assert YESNO.is_low("no", 3) and not YESNO.is_low("yes", 3)


def test_buying_again_is_a_lead_and_never_low():
    assert REBUY.is_lead("yes") and not REBUY.is_lead("no") and not REBUY.is_lead("unsure")
    assert not any(REBUY.is_low(o.key, 4) for o in REBUY.choices())


@pytest.mark.parametrize("question, raw, parsed", [
    (SCALE, "1", 1), (SCALE, "5", 5), (SCALE, "0", None), (SCALE, "6", None), (SCALE, "05", 5),
    (SCALE, "-1", None), (SCALE, "x", None), (SCALE, "", None), (SCALE, "999", None),
    (NPS, "0", 0), (NPS, "10", 10), (NPS, "11", None),
    (YESNO, "yes", "yes"), (YESNO, "maybe", None),
    (REBUY, "unsure", "unsure"), (REBUY, "3", None),
])
def test_only_values_of_the_question_kind_parse(question, raw, parsed):
    assert question.parse(raw) == parsed


def test_texts_fall_back_to_russian_without_english():
    question = Question("sales", Kind.CHOICE, "Вопрос", options=(Option("a", "Да", ""),))
    assert question.text("en") == "Вопрос" and question.choices()[0].label("en") == "Да"


def test_the_default_script_keeps_the_seed_limits():
    assert 1 <= len(DEFAULT_SCRIPT) <= 5
    assert [q.department for q in DEFAULT_SCRIPT[:3]] == ["sales", "logistics", "quality"]
