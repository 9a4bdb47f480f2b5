"""What the reminder and escalation ticks ask of the database: only the surveys whose reminder is
due, the longest waiting first and a bounded number of them; nothing at all when a loop is off."""

from datetime import timedelta

from sqlalchemy import event, select, update

from bot.runtime import Runtime
from bot.settings import Settings
from feedback.states import SurveyState
from scheduler import jobs
from storage import reminders
from storage.models import Client, Survey

from ..support import START
from .test_storage import _ready

DAY = timedelta(days=1)
# (sent before START, reminders sent) per survey, with a reminder each day, two at most
SURVEYS = [(2 * DAY, 0),  # its first reminder is due
           (DAY + timedelta(hours=1), 1),  # its second is due only tomorrow
           (3 * DAY, 1),  # its second is due
           (timedelta(hours=3), 0),  # too early for the first
           (5 * DAY, 2)]  # had both


async def _sent(db) -> list[int]:
    await _ready(db, count=len(SURVEYS))
    async with db.session() as session:
        ids = list((await session.scalars(select(Survey.id).order_by(Survey.id))).all())
        for survey_id, (ago, sent) in zip(ids, SURVEYS, strict=True):
            await session.execute(update(Survey).where(Survey.id == survey_id).values(
                state=SurveyState.SENT, sent_at=START - ago, reminders=sent, chat_id=1))
        await session.commit()
    return ids


async def test_only_surveys_whose_reminder_is_due_are_read_the_longest_waiting_first(db):
    ids = await _sent(db)
    async with db.session() as session:
        due = await reminders.unanswered(session, START, DAY, 2, limit=10)
        first = await reminders.unanswered(session, START, DAY, 2, limit=1)
    assert [u.survey_id for u in due] == [ids[2], ids[0]]
    assert [u.survey_id for u in first] == [ids[2]]


async def test_outside_the_installations_window_only_clients_in_a_zone_of_their_own_are_read(db):
    ids = await _sent(db)
    async with db.session() as session:
        survey = await session.get(Survey, ids[0])
        await session.execute(update(Client).where(Client.id == survey.client_id)
                              .values(time_zone="Asia/Vladivostok"))
        await session.commit()
        zoned = await reminders.unanswered(session, START, DAY, 2, limit=10, own_zone_only=True)
    assert [(u.survey_id, u.time_zone) for u in zoned] == [(ids[0], "Asia/Vladivostok")]


async def test_a_loop_that_is_off_asks_the_database_nothing(db):
    await _sent(db)
    asked: list[str] = []
    event.listen(db.engine.sync_engine, "before_cursor_execute",
                 lambda _c, _cursor, statement, *_: asked.append(statement))
    off = Settings(_env_file=None, escalation_after="0", reminder_count=0)
    rt = Runtime(settings=off, db=db, clock=lambda: START)
    assert await jobs.escalate(rt) == 0 and await jobs.remind(rt) == 0
    no_steps = Runtime(settings=Settings(_env_file=None, escalation_limit=0), db=db,
                       clock=lambda: START)
    assert await jobs.escalate(no_steps) == 0
    assert asked == []
