"""Reading the questionnaire for the editor and saving an edit as a new version, audited.

An edit names the version it was made on; if another admin saved a newer one meanwhile, the
edit is refused rather than applied to questions that may have moved."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError
from telegram import User

from feedback.questions import Question
from storage import audit, departments, scripts
from storage.scripts import as_rule

from .alert_view import department_name
from .runtime import Runtime

Edit = Callable[[list[Question], list[str]], list[Question]]  # (questions, department codes) → new


@dataclass(frozen=True)
class Current:
    version: int
    questions: list[Question]
    names: dict[str, str]  # department code → name in the reader's language


class Conflict(Exception):
    """The questionnaire changed since the edit began; `current` is what it is now."""

    def __init__(self, current: Current) -> None:
        super().__init__(f"the questionnaire is at version {current.version} now")
        self.current = current


async def current(rt: Runtime, lang: str) -> Current:
    async with rt.db.session() as session:
        script = await scripts.current_script(session)
        names = {d.code: department_name(d, lang) for d in await departments.all_departments(session)}
        return Current(script.version, [as_rule(q) for q in script.questions], names)


async def save(rt: Runtime, user: User, base_version: int, edit: Edit, what: str,
               lang: str) -> Current:
    """Apply `edit` to version `base_version` and save the result as the next version.
    feedback.script_edit.ScriptError (nothing saved) when the edit breaks a rule; Conflict when
    another version came first."""
    # A conflict is told after the unit of work ends: reading the current questionnaire inside
    # it would open a second session while SQLite's write lock is held.
    conflict = False
    async with rt.db.session() as session:
        script = await scripts.current_script(session)
        if script.version == base_version:
            before = [as_rule(q) for q in script.questions]
            codes = [d.code for d in await departments.all_departments(session)]
            after = edit(before, codes)
            try:
                saved = await scripts.save_version(session, after, rt.now(), by=user.id)
                await audit.record(session, at=rt.now(), user_id=user.id, user_name=user.full_name,
                                   action="script", subject=f"v{saved.version}: {what}",
                                   before=summary(before), after=summary(after))
                await session.commit()
            except IntegrityError:  # another admin saved the same next version first
                conflict = True
        else:
            conflict = True
    if conflict:
        raise Conflict(await current(rt, lang))
    return await current(rt, lang)


def summary(questions: Sequence[Question]) -> str:
    """The questionnaire in one line per question, for the audit trail."""
    return "\n".join(f"{n}. [{q.department}·{q.kind.value}{'·follow-up' if q.follow_up else ''}] {q.ru}"
                     for n, q in enumerate(questions, start=1))
