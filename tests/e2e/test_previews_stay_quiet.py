"""An admin's preview of the questionnaire (surveys.preview) raises no alert and no lead, gets no
reminder, and does not count as surveying the client."""

from sqlalchemy import update

from feedback.states import SurveyState
from storage.models import Survey

from .steps import answer, linked_client, shows


async def _preview_for(tzk, **delivery):
    user, recorded = await linked_client(tzk, **delivery)
    async with tzk.rt.db.session() as session:
        await session.execute(update(Survey).where(Survey.id == recorded.survey.id).values(preview=True))
        await session.commit()
    tzk.clock.advance(days=3, minutes=1)
    await tzk.tick("dispatch")
    await shows(tzk, user.id, "Вопрос 1 из 4")
    return user, recorded


async def test_a_preview_pings_nobody_and_gets_no_reminder(tzk):
    admin, recorded = await _preview_for(tzk, first_name="Ольга")
    await answer(tzk, admin, "1", "Пропустить", "5", "5")
    await tzk.sb.tap_and_see(admin.id, "Да")
    tzk.clock.advance(days=2)
    await tzk.tick("sync_alerts", "remind", "escalate")
    await tzk.sb.idle()
    assert await tzk.alerts() == []
    assert [m for m in await tzk.sb.messages(tzk.staff.id) if m.from_bot] == []
    assert "Напоминаю" not in await tzk.sb.transcript(admin.id)


async def test_a_preview_neither_reminds_nor_throttles_the_real_survey(tzk):
    admin, preview = await _preview_for(tzk, first_name="Ольга")
    tzk.clock.advance(days=1, minutes=1)
    await tzk.tick("remind")
    real = await tzk.deliver("C-1")
    tzk.clock.advance(days=3, minutes=1)
    await tzk.tick("dispatch")
    assert (await tzk.survey(real.survey.id)).state == SurveyState.SENT
    assert "Напоминаю" not in await tzk.sb.transcript(admin.id)
