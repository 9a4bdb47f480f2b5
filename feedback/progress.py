"""Where a client is in a questionnaire.

A position is one integer, `step`: question i is asked at step 2*i, and its "what went wrong?"
follow-up at 2*i + 1. Step 2*n (n questions) means done. One integer fits in the survey row and in
callback data, and makes "is this tap for the current step?" a plain comparison.
"""

from __future__ import annotations

from collections.abc import Sequence

from .questions import Kind, Question


def question_index(step: int) -> int:
    return step // 2


def is_comment_step(step: int) -> bool:
    return step % 2 == 1


def awaits_text(step: int, questions: Sequence[Question]) -> bool:
    """Whether the client answers this step by typing: a follow-up, or a free-text question."""
    if is_comment_step(step):
        return True
    return not is_done(step, questions) and questions[question_index(step)].kind is Kind.TEXT


def is_done(step: int, questions: Sequence[Question]) -> bool:
    return step >= 2 * len(questions)


def after_answer(step: int, questions: Sequence[Question], *, low: bool) -> int:
    """The step after the question at `step` was answered (low or not)."""
    index = question_index(step)
    if low and questions[index].follow_up:
        return 2 * index + 1
    return 2 * (index + 1)


def after_comment(step: int) -> int:
    """The step after the follow-up at `step`, or the free-text question at `step`, was written
    or skipped."""
    return 2 * (question_index(step) + 1)


def back(step: int) -> int | None:
    """The step "back" returns to: from a follow-up, its question; from a question, the previous
    question. None on the first question."""
    if is_comment_step(step):
        return step - 1
    if step == 0:
        return None
    return step - 2


def progress(step: int, questions: Sequence[Question]) -> tuple[int, int]:
    """(number of the current question, how many questions), e.g. (2, 4)."""
    return min(question_index(step) + 1, len(questions)), len(questions)
