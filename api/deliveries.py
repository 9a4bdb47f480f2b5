"""/api/v1/deliveries: record one or many, read a delivery's survey and answers, cancel it."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Body, HTTPException, Response
from pydantic import ValidationError
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.intake import add_delivery, bot_username
from bot.runtime import Runtime
from feedback.states import SurveyState
from storage import answers, surveys
from storage.intake import Recorded, find

from .deps import Rt
from .schemas import (BulkItemOut, BulkOut, BulkPayload, CancelPayload, DeliveryOut,
                      DeliveryPayload, FieldError, IdInPath, Problem, StatusOut, field_errors)
from .views import delivery_out, status_out

log = logging.getLogger("tzk.api")
router = APIRouter(prefix="/deliveries", tags=["deliveries"])
CLAIMED_RETRY = "10"  # seconds: a survey being sent is settled within a few
BUSY_RETRY = "5"
BUSY = "the database refused the delivery twice (another write got in the way); nothing was " \
       "recorded: send it again"


class Conflict(ValueError):
    """The delivery id is recorded already, for another client."""


class Busy(RuntimeError):
    """Recording lost to another write twice; nothing was recorded."""


async def _record(rt: Runtime, payload: DeliveryPayload) -> Recorded:
    try:
        recorded = await add_delivery(rt, payload, source="api")
    except IntegrityError as error:
        log.warning("delivery %s not recorded: %s", payload.delivery_id, type(error.orig).__name__)
        raise Busy(BUSY) from None
    if not recorded.created and recorded.client.external_id != payload.client_id:
        raise Conflict(f"delivery {payload.delivery_id} is recorded for another client")
    return recorded


@router.post("", status_code=201, response_model=DeliveryOut,
             responses={200: {"model": DeliveryOut, "description": "Known already: nothing new."},
                        409: {"model": Problem}, 422: {"model": Problem},
                        503: {"model": Problem, "description": "Nothing recorded: send it again "
                                                              "after Retry-After seconds."}})
async def record_one(payload: DeliveryPayload, response: Response, rt: Rt) -> DeliveryOut:
    """Record a delivery and plan its survey; the same delivery id again changes nothing."""
    try:
        recorded = await _record(rt, payload)
    except Conflict as error:
        raise HTTPException(409, str(error)) from None
    except Busy as error:
        raise HTTPException(503, str(error), headers={"Retry-After": BUSY_RETRY}) from None
    response.status_code = 201 if recorded.created else 200
    return delivery_out(recorded, await bot_username(rt))


@router.post("/bulk", response_model=BulkOut, responses={422: {"model": Problem}})
async def record_many(payload: BulkPayload, rt: Rt) -> BulkOut:
    """Record many deliveries, each on its own: a bad one is reported and never stops the rest."""
    username = await bot_username(rt)
    results = []
    for index, item in enumerate(payload.deliveries):
        results.append(await _bulk_item(rt, index, item, username))
    counts = {s: sum(1 for r in results if r.status == s) for s in ("created", "known", "error")}
    log.info("bulk intake: %s", counts)
    return BulkOut(created=counts["created"], known=counts["known"], errors=counts["error"],
                   results=results)


async def _bulk_item(rt: Runtime, index: int, item: object, username: str | None) -> BulkItemOut:
    raw_id = item.get("delivery_id") if isinstance(item, dict) else None
    shown_id = raw_id if isinstance(raw_id, str) and len(raw_id) <= 64 else None
    try:
        delivery = DeliveryPayload.model_validate(item)
        recorded = await _record(rt, delivery)
    except ValidationError as error:
        return BulkItemOut(index=index, status="error", delivery_id=shown_id,
                           errors=field_errors(error, whole="item"))
    except Conflict as error:
        return BulkItemOut(index=index, status="error", delivery_id=shown_id,
                           errors=[FieldError(field="delivery_id", reason=str(error))])
    except Busy as error:
        return BulkItemOut(index=index, status="error", delivery_id=shown_id,
                           errors=[FieldError(field="item", reason=str(error))])
    return BulkItemOut(index=index, status="created" if recorded.created else "known",
                       delivery_id=delivery.delivery_id, delivery=delivery_out(recorded, username))


@router.get("/{delivery_id:path}", response_model=StatusOut, responses={404: {"model": Problem}})
async def status(delivery_id: IdInPath, rt: Rt) -> StatusOut:
    """The delivery, its survey's state and times, and the answers given so far."""
    async with rt.db.session() as session:
        recorded = await _found(session, delivery_id)
        given = await answers.of_survey(session, recorded.survey.id)
    return status_out(recorded, given, await bot_username(rt))


@router.post("/{delivery_id:path}/cancel", response_model=StatusOut,
             responses={404: {"model": Problem}, 409: {"model": Problem}})
async def cancel(delivery_id: IdInPath, rt: Rt,
                 payload: Annotated[CancelPayload | None, Body()] = None) -> StatusOut:
    """Call the survey off (the goods came back, the client already complained by phone). A
    survey not yet sent never goes out; one already sent answers its buttons with "closed".
    Cancelling again is harmless; a survey already over cannot be cancelled (409)."""
    reason = payload.reason if payload else None
    async with rt.db.session() as session:
        recorded = await _found(session, delivery_id)
        cancelled = await surveys.cancel(session, recorded.survey.id, rt.now(), reason)
        await session.commit()
    async with rt.db.session() as session:
        recorded = await _found(session, delivery_id)
        given = await answers.of_survey(session, recorded.survey.id)
    state = recorded.survey.state
    if not cancelled and state == SurveyState.SENDING:
        raise HTTPException(409, "the survey is being sent right now; try again in a few seconds",
                            headers={"Retry-After": CLAIMED_RETRY})
    if not cancelled and state != SurveyState.CANCELLED:
        raise HTTPException(409, f"the survey is {state} already: there is nothing to cancel")
    if cancelled:
        log.info("survey of delivery %s cancelled", delivery_id)
    return status_out(recorded, given, await bot_username(rt))


async def _found(session: AsyncSession, delivery_id: str) -> Recorded:
    recorded = await find(session, delivery_id)
    if recorded is None:
        raise HTTPException(404, f"no delivery {delivery_id}")
    return recorded
