"""Every refusal of the API says why, with the right code, and stores nothing."""

from __future__ import annotations

import httpx
import pytest

from api import ApiStartError
from api.server import ApiServer
from bot.runtime import Runtime

from .conftest import TOKEN
from .test_deliveries_api import delivery

CALLS = [("POST", "/api/v1/deliveries", delivery()),
         ("POST", "/api/v1/deliveries/bulk", {"deliveries": [delivery()]}),
         ("GET", "/api/v1/deliveries/D-1001", None),
         ("POST", "/api/v1/deliveries/D-1001/cancel", None),
         ("GET", "/api/v1/clients/C-17/link", None),
         ("GET", "/api/v1/clients/C-17/link.png", None)]


@pytest.mark.parametrize("authorization", [None, "Bearer wrong-token-0123456789", f"Basic {TOKEN}",
                                           "Bearer", f"Bearer {TOKEN}x", "Bearer тест-токен".encode()])
async def test_without_the_right_token_every_call_is_401_and_changes_nothing(tzk, authorization):
    await tzk.deliver("C-17", delivery_id="D-1001")
    before = await tzk.row_counts()
    headers = {"Authorization": authorization} if authorization else {}
    async with httpx.AsyncClient(base_url=tzk.live.api.url, headers=headers) as stranger:
        for method, path, body in CALLS:
            answer = await stranger.request(method, path, json=body)
            assert answer.status_code == 401, (path, answer.text)
            assert answer.headers["WWW-Authenticate"] == "Bearer"
            assert answer.json() == {"detail": "missing or wrong bearer token"}
    assert await tzk.row_counts() == before


async def test_health_and_the_docs_need_no_token(tzk):
    async with httpx.AsyncClient(base_url=tzk.live.api.url) as anyone:
        assert (await anyone.get("/healthz")).json() == {"status": "ok"}
        schema = (await anyone.get("/openapi.json")).json()
        assert "/api/v1/deliveries/bulk" in schema["paths"]
        assert schema["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
        assert (await anyone.get("/docs")).status_code == 200


@pytest.mark.parametrize("change, field", [
    ({"client_id": None}, "client_id"),
    ({"delivery_id": None}, "delivery_id"),
    ({"delivered_at": "2026-12-01T15:00:00"}, "delivered_at"),
    ({"delivered_at": "вчера"}, "delivered_at"),
    ({"delivered_at": "1999-12-31T23:00:00+00:00"}, "delivered_at"),
    ({"time_zone": "Mars/Olympus"}, "time_zone"),
    ({"time_zone": "America"}, "time_zone"),
    ({"client_name": "Я" * 201}, "client_name"),
    ({"delivery_id": "D" * 65}, "delivery_id"),
    ({"delivery_id": "D 1"}, "delivery_id"),
    ({"client_name": "ООО\x00Ромашка"}, "client_name"),
    ({"manager": "Анна\nСмирнова"}, "manager"),
    ({"phone": "12"}, "phone"),
    ({"amount": -1}, "amount"),
    ({"amount": "1e400"}, "amount"),
    ({"language": "de"}, "language"),
    ({"colour": "red"}, "colour"),
])
async def test_a_bad_field_is_422_naming_it_and_stores_nothing(tzk, api, change, field):
    before = await tzk.row_counts()
    payload = {k: v for k, v in {**delivery(), **change}.items() if v is not None}
    answer = await api.post("/api/v1/deliveries", json=payload)
    assert answer.status_code == 422, answer.text
    body = answer.json()
    assert body["detail"] == "invalid request"
    assert [e["field"] for e in body["errors"]] == [field] and body["errors"][0]["reason"]
    assert await tzk.row_counts() == before


@pytest.mark.parametrize("content", [b"{bad json", b"[1, 2]", b"", b"null", b'"text"',
                                     b'{"delivery_id": "D-1"', b'{"a": "\xed\xb3\xbf"}', b"\x80"])
async def test_a_body_that_is_not_a_delivery_is_422(tzk, api, content):
    before = await tzk.row_counts()
    answer = await api.post("/api/v1/deliveries", content=content,
                            headers={"Content-Type": "application/json"})
    assert answer.status_code == 422, answer.text
    assert answer.json()["errors"]
    assert await tzk.row_counts() == before


@pytest.mark.parametrize("path", ["/api/v1/deliveries/D%001", "/api/v1/deliveries/" + "D" * 65,
                                  "/api/v1/clients/C%7F1/link", "/api/v1/deliveries/D%00/cancel"])
async def test_an_id_in_the_path_with_control_characters_or_too_long_is_422(tzk, api, path):
    method = "POST" if path.endswith("cancel") else "GET"
    answer = await api.request(method, path)
    assert answer.status_code == 422 and answer.json()["errors"][0]["field"].endswith("_id")


async def test_an_oversized_body_is_413_whether_its_length_is_declared_or_not(tzk, api):
    before = await tzk.row_counts()
    big = {"deliveries": [delivery(delivery_id=f"D-{n}") for n in range(400)]}  # ~100 KB > 64 KB
    declared = await api.post("/api/v1/deliveries/bulk", json=big)
    assert declared.status_code == 413 and "65536" in declared.json()["detail"]

    async def chunks():
        for _ in range(100):
            yield b" " * 1024

    streamed = await api.post("/api/v1/deliveries", content=chunks(),
                              headers={"Content-Type": "application/json"})
    assert streamed.status_code == 413
    assert await tzk.row_counts() == before


async def test_a_cancel_reason_that_is_too_long_is_422(tzk, api):
    await api.post("/api/v1/deliveries", json=delivery())
    answer = await api.post("/api/v1/deliveries/D-1001/cancel", json={"reason": "x" * 201})
    assert answer.status_code == 422 and answer.json()["errors"][0]["field"] == "reason"
    status = (await api.get("/api/v1/deliveries/D-1001")).json()
    assert status["survey"]["state"] == "scheduled"


async def test_a_taken_port_is_said_plainly(tzk):
    settings = tzk.rt.settings.model_copy(update={"api_port": tzk.live.api.port})
    other = Runtime(settings=settings, db=tzk.rt.db)
    with pytest.raises(ApiStartError, match=f"{tzk.live.api.port}.*API_PORT"):
        await ApiServer(other).start()
