"""A CRM records deliveries over HTTP, reads their surveys and answers, and cancels one."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import timedelta

from sqlalchemy import select, text

from feedback.states import SurveyState
from storage import surveys
from storage.models import Delivery, Survey

from ..e2e.steps import shows


def delivery(**fields):
    """A delivery as a CRM sends it; `fields` change or add to it."""
    payload = {"delivery_id": "D-1001", "client_id": "C-17", "client_name": "ООО «Ромашка»",
               "phone": "+7 916 123-45-67", "manager": "Анна Смирнова",
               "delivered_at": "2026-12-01T15:00:00+03:00", "order_ref": "4711", "amount": "125000.50"}
    payload.update(fields)
    return payload


def token_of(link: str) -> str:
    return link.rsplit("start=", 1)[1]


async def test_a_delivery_is_recorded_and_the_same_call_again_plans_nothing_new(tzk, api):
    first = await api.post("/api/v1/deliveries", json=delivery())
    assert first.status_code == 201, first.text
    body = first.json()
    assert body["created"] is True and body["delivery_id"] == "D-1001"
    assert body["survey"] == {"state": "scheduled", "planned_at": "2026-12-04T12:00:00Z",
                              "expires_at": "2026-12-11T12:00:00Z", "sent_at": None,
                              "completed_at": None, "cancelled_at": None, "cancel_reason": None}
    assert body["client"]["linked"] is False
    assert body["client"]["link"].startswith("https://t.me/tzk_test_bot?start=")

    again = await api.post("/api/v1/deliveries", json=delivery())
    assert again.status_code == 200
    assert again.json() == {**body, "created": False}
    assert await tzk.count(Delivery) == 1 and await tzk.count(Survey) == 1


async def test_the_same_delivery_sent_five_times_at_once_is_recorded_once(tzk, api):
    answers = await asyncio.gather(*(api.post("/api/v1/deliveries", json=delivery()) for _ in range(5)))
    assert sorted(a.status_code for a in answers) == [200, 200, 200, 200, 201]
    assert len({a.json()["survey"]["planned_at"] for a in answers}) == 1
    assert await tzk.count(Delivery) == 1 and await tzk.count(Survey) == 1


async def test_numbers_from_a_crm_are_taken_as_ids_and_the_client_is_updated(tzk, api):
    await api.post("/api/v1/deliveries", json=delivery(delivery_id=1001, client_id=17))
    answer = await api.post("/api/v1/deliveries",
                            json=delivery(delivery_id="1002", client_id="17", client_name="ООО «Ромашка-2»",
                                          language="en", time_zone="Asia/Yekaterinburg"))
    assert answer.status_code == 201
    # 3 days later, moved into 10:00-20:00 in the client's own zone (UTC+5)
    assert answer.json()["survey"]["planned_at"] == "2026-12-04T12:00:00Z"
    status = (await api.get("/api/v1/deliveries/1001")).json()
    assert status["delivery"]["client_name"] == "ООО «Ромашка-2»"


async def test_the_same_delivery_id_for_another_client_is_a_conflict(tzk, api):
    await api.post("/api/v1/deliveries", json=delivery())
    clash = await api.post("/api/v1/deliveries", json=delivery(client_id="C-99"))
    assert clash.status_code == 409 and "another client" in clash.json()["detail"]
    assert await tzk.count(Delivery) == 1


async def test_bulk_records_the_good_items_and_reports_each_bad_one(tzk, api):
    items = [delivery(delivery_id="D-1"),
             delivery(delivery_id="D-2", delivered_at="вчера", client_name=""),
             "not a delivery",
             delivery(delivery_id="D-3", client_id="C-18", time_zone="Mars/Olympus"),
             delivery(delivery_id="D-1"),
             delivery(delivery_id="D-4", client_id="C-18")]
    answer = await api.post("/api/v1/deliveries/bulk", json={"deliveries": items})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert (body["created"], body["known"], body["errors"]) == (2, 1, 3)
    results = body["results"]
    assert [r["status"] for r in results] == ["created", "error", "error", "error", "known", "created"]
    assert {e["field"] for e in results[1]["errors"]} == {"delivered_at", "client_name"}
    assert results[1]["delivery_id"] == "D-2"
    assert results[2]["errors"][0]["field"] == "item"
    assert results[3]["errors"] == [{"field": "time_zone", "reason": "unknown time zone, e.g. Europe/Moscow"}]
    assert results[5]["delivery"]["survey"]["state"] == "scheduled"
    stored = {d.external_id for d in await _deliveries(tzk)}
    assert stored == {"D-1", "D-4"}


async def test_a_bulk_request_without_a_list_or_with_too_many_items_is_refused_whole(tzk, api):
    for body in ({}, {"deliveries": []}, {"deliveries": "D-1"}, {"deliveries": [delivery()] * 1001},
                 [delivery()]):
        answer = await api.post("/api/v1/deliveries/bulk", json=body)
        assert answer.status_code in (413, 422), body
    assert await tzk.count(Delivery) == 0


async def surveyed_through_the_api(tzk, api):
    """A delivery recorded through the API, its client linked by the link it returned, the
    survey sent; the client."""
    recorded = (await api.post("/api/v1/deliveries", json=delivery())).json()
    irina = await tzk.sb.user("Ирина", language_code="ru")
    await tzk.sb.start(irina.id, token_of(recorded["client"]["link"]))
    await shows(tzk, irina.id, "Здравствуйте")
    tzk.clock.advance(days=3, minutes=1)
    await tzk.tick("dispatch")
    await shows(tzk, irina.id, "Вопрос 1 из 4")
    return irina


async def test_the_status_shows_the_survey_and_the_answers_given(tzk, api):
    irina = await surveyed_through_the_api(tzk, api)
    await tzk.sb.tap(irina.id, "2")
    await shows(tzk, irina.id, "Что пошло не так?")
    await tzk.sb.send(irina.id, "Счёт прислали с ошибкой")
    await shows(tzk, irina.id, "Вопрос 2 из 4")

    status = (await api.get("/api/v1/deliveries/D-1001")).json()
    assert status["delivery"] == {
        "delivery_id": "D-1001", "client_id": "C-17", "client_name": "ООО «Ромашка»",
        "manager": "Анна Смирнова", "delivered_at": "2026-12-01T12:00:00Z", "order_ref": "4711",
        "amount": "125000.50", "source": "api", "recorded_at": "2026-12-04T09:00:00Z"}
    assert status["client"]["linked"] is True
    assert status["survey"]["state"] == "in_progress"
    assert status["survey"]["sent_at"] == "2026-12-07T09:01:00Z"
    [given] = status["answers"]
    assert (given["question"], given["department"], given["score"], given["comment"]) == \
        (1, "sales", 2, "Счёт прислали с ошибкой")


async def test_a_cancelled_survey_never_goes_out(tzk, api):
    recorded = (await api.post("/api/v1/deliveries", json=delivery())).json()
    irina = await tzk.sb.user("Ирина", language_code="ru")
    await tzk.sb.start(irina.id, token_of(recorded["client"]["link"]))
    await shows(tzk, irina.id, "Здравствуйте")

    cancelled = await api.post("/api/v1/deliveries/D-1001/cancel", json={"reason": "товар вернули"})
    assert cancelled.status_code == 200, cancelled.text
    survey = cancelled.json()["survey"]
    assert (survey["state"], survey["cancel_reason"], survey["cancelled_at"]) == \
        ("cancelled", "товар вернули", "2026-12-04T09:00:00Z")

    tzk.clock.advance(days=3, minutes=1)
    await tzk.tick("dispatch")
    await tzk.sb.idle()
    assert [m for m in await tzk.sb.messages(irina.id) if "Вопрос" in (m.text or "")] == []
    again = await api.post("/api/v1/deliveries/D-1001/cancel")
    assert again.status_code == 200 and again.json()["survey"]["cancel_reason"] == "товар вернули"


async def test_cancelling_a_survey_already_sent_closes_its_buttons(tzk, api):
    irina = await surveyed_through_the_api(tzk, api)

    assert (await api.post("/api/v1/deliveries/D-1001/cancel")).status_code == 200
    tap = await tzk.sb.tap(irina.id, "5")
    assert tap.text == "Этот опрос уже закрыт."
    assert (await api.get("/api/v1/deliveries/D-1001")).json()["answers"] == []


async def test_a_survey_over_or_being_sent_cannot_be_cancelled(tzk, api):
    await api.post("/api/v1/deliveries", json=delivery())
    second = await api.post("/api/v1/deliveries", json=delivery(
        delivery_id="D-2", client_id="C-2", delivered_at="2026-11-30T15:00:00+03:00"))
    pavel = await tzk.sb.user("Павел")
    await tzk.sb.start(pavel.id, token_of(second.json()["client"]["link"]))
    await shows(tzk, pavel.id, "Здравствуйте")
    async with tzk.rt.db.session() as session:  # a dispatch tick takes D-2, due first, to send it
        claim = await surveys.claim_due(session, tzk.clock() + timedelta(days=4), 1)
        await session.commit()
    assert (await api.get("/api/v1/deliveries/D-2")).json()["survey"]["state"] == "sending"
    busy = await api.post("/api/v1/deliveries/D-2/cancel")
    assert busy.status_code == 409 and busy.headers["Retry-After"] == "10"
    assert len(claim.survey_ids) == 1

    tzk.clock.advance(days=30)
    await tzk.tick("expire")
    over = await api.post("/api/v1/deliveries/D-1001/cancel")
    assert over.status_code == 409 and "expired" in over.json()["detail"]
    assert await tzk.count(Survey, Survey.state == SurveyState.CANCELLED) == 0


async def test_an_unknown_delivery_or_client_is_404(tzk, api):
    for path in ("/api/v1/deliveries/D-404", "/api/v1/clients/C-404/link",
                 "/api/v1/clients/C-404/link.png"):
        answer = await api.get(path)
        assert answer.status_code == 404 and "404" in answer.json()["detail"], path
    assert (await api.post("/api/v1/deliveries/D-404/cancel")).status_code == 404


async def _deliveries(tzk) -> list[Delivery]:
    async with tzk.rt.db.session() as session:
        return list((await session.scalars(select(Delivery).order_by(Delivery.id))).all())


async def _break_the_next_delivery_ids(tzk) -> None:
    """What a hand edit can leave behind, so a new delivery's insert fails on every try."""
    db = tzk.rt.db
    if db.is_postgres:  # deliveries copied in with their ids, the id sequence not moved on:
        # each try takes the next id, so four rows defeat two tries twice
        async with db.engine.begin() as connection:
            await connection.execute(text(
                "INSERT INTO deliveries (id, client_id, delivered_at, source, created_at) "
                "SELECT id + n, client_id, delivered_at, 'copied', created_at "
                "FROM deliveries, (VALUES (1), (2), (3), (4)) AS more(n) "
                "WHERE id = (SELECT max(id) FROM deliveries)"))
        return
    # the newest delivery deleted in the sqlite3 shell (foreign keys off there), its survey left:
    # SQLite gives the next delivery that id again, and its survey collides with the one left
    shell = sqlite3.connect(db.url.split(":///", 1)[1])
    with shell:
        shell.execute("DELETE FROM deliveries WHERE id = (SELECT max(id) FROM deliveries)")
    shell.close()


async def test_a_delivery_the_database_refuses_twice_is_503_and_nothing_is_recorded(tzk, api):
    assert (await api.post("/api/v1/deliveries", json=delivery())).status_code == 201
    await api.post("/api/v1/deliveries", json=delivery(delivery_id="D-1002"))
    await _break_the_next_delivery_ids(tzk)
    deliveries, surveys_before = await tzk.count(Delivery), await tzk.count(Survey)

    one = await api.post("/api/v1/deliveries", json=delivery(delivery_id="D-1003"))
    assert one.status_code == 503 and one.headers["Retry-After"] == "5"
    assert "send it again" in one.json()["detail"]

    bulk = await api.post("/api/v1/deliveries/bulk", json={"deliveries": [
        delivery(), delivery(delivery_id="D-1004")]})
    assert bulk.status_code == 200
    assert [(r["status"], r["delivery_id"]) for r in bulk.json()["results"]] == \
        [("known", "D-1001"), ("error", "D-1004")]
    assert bulk.json()["results"][1]["errors"][0]["field"] == "item"
    assert (await tzk.count(Delivery), await tzk.count(Survey)) == (deliveries, surveys_before)
