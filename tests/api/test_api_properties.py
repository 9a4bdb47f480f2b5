"""Random payloads thrown at the running API: never a 500, never half a write.

Each request is checked against the database right after it: a refusal leaves every table as
it was, a delivery recorded adds exactly one delivery and its one survey.
"""

from __future__ import annotations

import json
from datetime import datetime

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from .test_deliveries_api import delivery

ANY_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)
JUNK_TEXT = st.text(max_size=300) | st.text(alphabet=st.characters(max_codepoint=0x3f), max_size=5)
MOMENTS = st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30),
                       timezones=st.none() | st.timezones())
FIELDS = {
    "delivery_id": st.sampled_from(["D-1", "D-2", "D-3"]) | JUNK_TEXT | st.integers(),
    "client_id": st.sampled_from(["C-1", "C-2"]) | JUNK_TEXT | st.integers(),
    "client_name": st.sampled_from(["ООО «Ромашка»", "ИП Иванов"]) | JUNK_TEXT,
    "phone": st.sampled_from(["+79161234567", "8 916 123-45-67"]) | JUNK_TEXT,
    "manager": st.sampled_from(["Анна Смирнова"]) | JUNK_TEXT,
    "delivered_at": MOMENTS.map(datetime.isoformat) | JUNK_TEXT | st.integers() | st.floats(),
    "language": st.sampled_from(["ru", "en", "de"]) | JUNK_TEXT,
    "time_zone": st.timezone_keys() | JUNK_TEXT,
    "order_ref": JUNK_TEXT,
    "amount": st.decimals(allow_nan=True).map(str) | st.integers() | st.floats() | JUNK_TEXT,
}
FIELD_VALUES = st.one_of(*FIELDS.values()) | ANY_JSON


@st.composite
def payloads(draw: st.DrawFn) -> object:
    """A delivery with some fields replaced by random values, dropped or added, or any JSON."""
    if draw(st.integers(0, 9)) == 0:
        return draw(ANY_JSON)
    payload = delivery(delivery_id=f"D-{draw(st.integers(1, 30))}",  # repeats come up, too
                       client_id=f"C-{draw(st.integers(1, 3))}")
    if draw(st.integers(0, 2)):  # two in three are spoiled: fields replaced, dropped or added
        for name in draw(st.sets(st.sampled_from(sorted(FIELDS)), min_size=1, max_size=3)):
            payload[name] = draw(FIELDS[name])
        for name in draw(st.sets(st.sampled_from(sorted(payload)), max_size=2)):
            del payload[name]
        if draw(st.integers(0, 4)) == 0:
            payload[draw(st.text(max_size=10))] = draw(FIELD_VALUES)
    return payload


REQUESTS = st.one_of(
    st.tuples(st.just("one"), payloads()),
    st.tuples(st.just("bulk"), st.fixed_dictionaries({"deliveries": st.lists(payloads(), max_size=5)})),
    st.tuples(st.just("bulk"), ANY_JSON),
    st.tuples(st.just("raw"), st.binary(max_size=200)),
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(request=REQUESTS)
async def test_random_payloads_never_break_the_api_nor_half_write(tzk, api, request):
    kind, body = request
    before = await tzk.row_counts()
    if kind == "raw":
        answer = await api.post("/api/v1/deliveries", content=body,
                                headers={"Content-Type": "application/json"})
    else:
        path = "/api/v1/deliveries" + ("/bulk" if kind == "bulk" else "")
        answer = await api.post(path, content=json.dumps(body, allow_nan=True),
                                headers={"Content-Type": "application/json"})
    assert answer.status_code < 500, answer.text
    event(f"{kind}: {answer.status_code}")  # pytest --hypothesis-show-statistics shows the mix
    after = await tzk.row_counts()
    grew = {table: after[table] - before[table] for table in after if after[table] != before[table]}
    assert after["deliveries"] == after["surveys"]  # every delivery has its one survey

    if answer.status_code == 201:
        assert grew.get("deliveries") == 1 and grew.get("surveys") == 1
        assert set(grew) <= {"deliveries", "surveys", "clients", "staff"}
    elif kind == "bulk" and answer.status_code == 200:
        result = answer.json()
        assert grew.get("deliveries", 0) == result["created"] == grew.get("surveys", 0)
        assert len(result["results"]) == len(body["deliveries"])
        for item in result["results"]:
            if item["status"] == "error":
                assert item["errors"] and item["delivery"] is None
    else:
        assert answer.status_code in (200, 409, 413, 422), answer.text
        assert grew == {}, (answer.status_code, answer.text)
