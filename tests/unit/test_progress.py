"""Moving through a questionnaire: answers, follow-ups, back, and the end."""

from feedback import progress as p
from feedback.default_script import DEFAULT_SCRIPT as QS


def test_a_good_answer_goes_to_the_next_question():
    assert p.after_answer(0, QS, low=False) == 2


def test_a_low_answer_asks_what_went_wrong_first():
    assert p.after_answer(2, QS, low=True) == 3 and p.is_comment_step(3)
    assert p.after_comment(3) == 4


def test_a_low_answer_without_follow_up_moves_on():
    assert p.after_answer(6, QS, low=True) == 8  # "buying again?" has no follow-up


def test_the_last_answer_finishes():
    assert p.is_done(p.after_answer(6, QS, low=False), QS)
    assert not p.is_done(6, QS)


def test_back_returns_to_the_previous_question_or_from_a_follow_up_to_its_question():
    assert p.back(0) is None
    assert p.back(2) == 0
    assert p.back(3) == 2
    assert p.back(6) == 4


def test_progress_counts_questions_not_steps():
    assert p.progress(0, QS) == (1, 4)
    assert p.progress(3, QS) == (2, 4)
    assert p.progress(6, QS) == (4, 4)


def test_a_free_text_question_and_a_follow_up_are_answered_by_typing():
    from feedback.questions import Kind, Question

    qs = (Question("sales", Kind.SCALE5, "Оценка?", follow_up=True), Question("sales", Kind.TEXT, "Пожелания?"))
    assert not p.awaits_text(0, qs)
    assert p.awaits_text(1, qs)  # the follow-up of question 1
    assert p.awaits_text(2, qs)  # the free-text question
    assert p.after_comment(2) == 4 and p.is_done(4, qs)
    assert not p.awaits_text(4, qs)
