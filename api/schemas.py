"""What the API takes and gives; pydantic models, so the OpenAPI document describes them."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any, Literal

from fastapi import Path
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError, field_validator

from feedback.intake import DeliveryIn, ExternalId, printable

MAX_BULK = 1000
# An id in a URL: what ExternalId allows (no spaces, no control characters), at most 64.
IdInPath = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[^\s\x00-\x1f\x7f]+$")]


class DeliveryPayload(DeliveryIn):
    """One delivery from the CRM. `delivery_id` is required: it makes repeats harmless."""

    model_config = ConfigDict(coerce_numbers_to_str=True, json_schema_extra={"examples": [{
        "delivery_id": "D-1001", "client_id": "C-17", "client_name": "ООО «Ромашка»",
        "phone": "+79161234567", "manager": "Анна Смирнова",
        "delivered_at": "2026-12-01T15:00:00+03:00", "order_ref": "4711", "amount": "125000.00",
    }]})

    delivery_id: ExternalId


class BulkPayload(BaseModel):
    """Many deliveries; each is checked and recorded on its own."""

    model_config = ConfigDict(extra="forbid")

    deliveries: list[Any] = Field(min_length=1, max_length=MAX_BULK)


class CancelPayload(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)] | None = None

    @field_validator("reason")
    @classmethod
    def _printable(cls, value: str | None) -> str | None:
        return printable(value)


class FieldError(BaseModel):
    field: str
    reason: str


class Problem(BaseModel):
    detail: str
    errors: list[FieldError] = []


def field_errors(error: ValidationError | list[dict[str, Any]], whole: str = "body"
                 ) -> list[FieldError]:
    """Each problem as the field it is in (dotted, without "body") and a reason people read."""
    problems = error.errors() if isinstance(error, ValidationError) else error
    found = []
    for problem in problems:
        where = [str(part) for part in problem.get("loc", ()) if part not in ("body", "path", "query")]
        reason = str(problem.get("msg", "invalid")).removeprefix("Value error, ")
        if problem.get("type") == "json_invalid":
            where, reason = [], "not valid JSON"
        found.append(FieldError(field=".".join(where) or whole, reason=reason))
    return found


class ClientLinkOut(BaseModel):
    client_id: str
    linked: bool = Field(description="The client has opened the bot already.")
    link: str = Field(description="The deep link the client opens (print it, or its QR code).")
    qr: str = Field(description="Where the QR code of the link is, as PNG.")


class SurveyOut(BaseModel):
    state: str = Field(description="scheduled, sending, sent, in_progress, completed, expired, "
                                   "cancelled, failed or throttled")
    planned_at: datetime
    expires_at: datetime
    sent_at: datetime | None = None
    completed_at: datetime | None = None
    cancelled_at: datetime | None = None
    cancel_reason: str | None = None


class DeliveryOut(BaseModel):
    delivery_id: str
    created: bool = Field(description="False: this delivery id was known; nothing new was planned.")
    client: ClientLinkOut
    survey: SurveyOut


class BulkItemOut(BaseModel):
    index: int
    status: Literal["created", "known", "error"]
    delivery_id: str | None = None
    delivery: DeliveryOut | None = None
    errors: list[FieldError] = []


class BulkOut(BaseModel):
    created: int
    known: int
    errors: int
    results: list[BulkItemOut]


class AnswerOut(BaseModel):
    question: int = Field(description="The question's number in the questionnaire, from 1.")
    department: str
    text: str
    score: int | None = None
    choice: str | None = None
    comment: str | None = None
    answered_at: datetime


class DeliveryInfo(BaseModel):
    delivery_id: str | None
    client_id: str
    client_name: str
    manager: str | None
    delivered_at: datetime
    order_ref: str | None
    amount: Decimal | None
    source: str
    recorded_at: datetime


class StatusOut(BaseModel):
    delivery: DeliveryInfo
    client: ClientLinkOut
    survey: SurveyOut
    answers: list[AnswerOut]
