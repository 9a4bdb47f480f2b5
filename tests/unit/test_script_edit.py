"""Editing the questionnaire: every edit gives a new list or says why not; the seed's limits hold."""

import pytest

from feedback import script_edit as edit
from feedback.default_script import DEFAULT_SCRIPT, DEPARTMENTS
from feedback.questions import Kind, Option, Question

CODES = list(DEPARTMENTS)
NEW = Question("quality", Kind.SCALE5, "Упаковка не пострадала?", "Was the packaging intact?")


def test_adding_appends_and_leaves_the_original_alone():
    changed = edit.add(DEFAULT_SCRIPT, NEW, CODES)
    assert changed[-1] == NEW and len(changed) == len(DEFAULT_SCRIPT) + 1
    assert len(DEFAULT_SCRIPT) == 4


def test_an_eleventh_question_is_refused():
    ten = [NEW] * 10
    with pytest.raises(edit.ScriptError, match="already has 10"):
        edit.add(ten, NEW, CODES)


def test_more_than_five_questions_earns_a_warning_not_a_refusal():
    assert not edit.too_long_advice([NEW] * 5)
    assert edit.too_long_advice([NEW] * 6)


@pytest.mark.parametrize("question, reason", [
    (Question("nowhere", Kind.SCALE5, "Текст"), "unknown department"),
    (Question("sales", Kind.SCALE5, "   "), "Russian text is required"),
    (Question("sales", Kind.SCALE5, "Я" * 501), "at most 500"),
    (Question("sales", Kind.SCALE5, "Текст", "E" * 501), "at most 500"),
    (Question("sales", Kind.CHOICE, "Текст", options=(Option("a", "А", "A"),)), "2 to 6"),
    (Question("sales", Kind.CHOICE, "Текст", options=(Option("a", "А" * 31, "A"), Option("b", "Б", "B"))),
     "would not fit on a button"),
    (Question("sales", Kind.SCALE5, "Текст", options=(Option("a", "А", "A"),)), "only choice"),
])
def test_a_question_that_cannot_be_asked_is_refused(question, reason):
    with pytest.raises(edit.ScriptError, match=reason):
        edit.add(DEFAULT_SCRIPT, question, CODES)


def test_replacing_moving_and_removing_work_by_position():
    assert edit.replace_at(DEFAULT_SCRIPT, 1, NEW, CODES)[1] == NEW
    moved = edit.move(DEFAULT_SCRIPT, 0, +1)
    assert moved[0] == DEFAULT_SCRIPT[1] and moved[1] == DEFAULT_SCRIPT[0]
    assert edit.remove_at(DEFAULT_SCRIPT, 3) == list(DEFAULT_SCRIPT[:3])


def test_edges_and_missing_positions_are_refused():
    with pytest.raises(edit.ScriptError, match="at the edge"):
        edit.move(DEFAULT_SCRIPT, 0, -1)
    with pytest.raises(edit.ScriptError, match="no question 9"):
        edit.remove_at(DEFAULT_SCRIPT, 8)
    with pytest.raises(edit.ScriptError, match="only question"):
        edit.remove_at([NEW], 0)


def test_answers_are_read_from_lines_with_their_marks():
    options = edit.options_from_lines(["Да, скоро | Yes, soon | lead", "Нет | No | low", "", "Не знаю"])
    assert [(o.ru, o.en, o.low, o.lead) for o in options] == [
        ("Да, скоро", "Yes, soon", False, True), ("Нет", "No", True, False), ("Не знаю", "", False, False)]
    assert len({o.key for o in options}) == 3
    assert all(o.key.replace("_", "").isalnum() and len(o.key) <= 16 for o in options)


def test_unknown_marks_and_empty_labels_are_refused():
    with pytest.raises(edit.ScriptError, match="unknown mark"):
        edit.options_from_lines(["Да | Yes | urgent"])
    with pytest.raises(edit.ScriptError, match="Russian label is empty"):
        edit.options_from_lines([" | Yes"])


def test_a_follow_up_is_kept_only_where_an_answer_can_be_low():
    plain = Question("sales", Kind.CHOICE, "Как узнали о нас?", follow_up=True,
                     options=(Option("web", "Сайт", "Web"), Option("ad", "Реклама", "Ad")))
    assert not edit.with_changes(plain, ru="Откуда вы узнали о нас?").follow_up
    assert edit.with_changes(NEW, follow_up=True).follow_up
    assert not edit.with_changes(NEW, kind=Kind.TEXT, follow_up=True).follow_up
