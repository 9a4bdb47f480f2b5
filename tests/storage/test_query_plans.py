"""The queries that run on every tick or every typed message find their rows by an index, never by
reading the whole table (SQLite's EXPLAIN QUERY PLAN of the statements the repositories send)."""

from datetime import timedelta

import pytest
from sqlalchemy import event

from storage import alert_events, alert_handling, alerts, surveys

from ..support import START

HOT_QUERIES = {
    "ix_alerts_out_of_sync": lambda s: alerts.out_of_sync(s, START),
    "ix_alerts_kind_status_created_at": lambda s: alert_handling.to_escalate(s, 3),
    "ix_alert_events_kind_at": lambda s: alert_events.conversation_of(s, 42, START - timedelta(days=3)),
    "ix_surveys_chat_id": lambda s: surveys.open_in_chat(s, 42, START),
}


@pytest.mark.parametrize("index", list(HOT_QUERIES))
async def test_a_hot_query_reads_through_its_index(db, index):
    if db.is_postgres:
        pytest.skip("PostgreSQL plans by table statistics: an empty table is best read whole")
    sent: list[tuple[str, object]] = []

    def remember(_connection, _cursor, statement, parameters, _context, _many) -> None:
        sent.append((statement, parameters))

    event.listen(db.engine.sync_engine, "before_cursor_execute", remember)
    async with db.session() as session:
        await HOT_QUERIES[index](session)
    event.remove(db.engine.sync_engine, "before_cursor_execute", remember)
    statement, parameters = next((s, p) for s, p in sent if s.lstrip().startswith("SELECT"))
    async with db.engine.connect() as connection:
        plan = [row[-1] for row in
                (await connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)).all()]
    first_table = plan[0]
    assert f"USING INDEX {index}" in first_table, plan
