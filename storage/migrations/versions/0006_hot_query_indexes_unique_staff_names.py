"""indexes for the hot queries; one staff member per name

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

_OUT_OF_SYNC = 'synced_revision < revision'


def _merge_staff_named_alike() -> None:
    """Two intakes at once could each create the same new manager: keep the lowest id, point
    deliveries and clients at it, give it the Telegram account if only a duplicate had one."""
    bind = op.get_bind()
    rows = bind.execute(sa.text(
        'SELECT id, name, telegram_user_id, username FROM staff WHERE name IN '
        '(SELECT name FROM staff GROUP BY name HAVING COUNT(*) > 1) ORDER BY name, id')).all()
    kept: dict[str, list] = {}
    for staff_id, name, user_id, username in rows:
        keep = kept.setdefault(name, [staff_id, user_id])
        if staff_id == keep[0]:
            continue
        for table in ('deliveries', 'clients'):
            bind.execute(sa.text(f'UPDATE {table} SET manager_id = :keep WHERE manager_id = :gone'),
                         {'keep': keep[0], 'gone': staff_id})
        bind.execute(sa.text('DELETE FROM staff WHERE id = :gone'), {'gone': staff_id})
        if keep[1] is None and user_id is not None:
            bind.execute(sa.text('UPDATE staff SET telegram_user_id = :user, username = :username '
                                 'WHERE id = :keep'),
                         {'user': user_id, 'username': username, 'keep': keep[0]})
            keep[1] = user_id


def upgrade() -> None:
    _merge_staff_named_alike()
    # A unique index, not a constraint: SQLite would rebuild the table for a constraint, and
    # dropping the old staff table fails while deliveries and clients point at it.
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_staff_name'), ['name'], unique=True)

    with op.batch_alter_table('alert_events', schema=None) as batch_op:
        batch_op.create_index('ix_alert_events_kind_at', ['kind', 'at'], unique=False)

    with op.batch_alter_table('alerts', schema=None) as batch_op:
        batch_op.create_index('ix_alerts_kind_status_created_at', ['kind', 'status', 'created_at'],
                              unique=False)
        batch_op.create_index('ix_alerts_out_of_sync', ['id'], unique=False,
                              sqlite_where=sa.text(_OUT_OF_SYNC),
                              postgresql_where=sa.text(_OUT_OF_SYNC))

    with op.batch_alter_table('surveys', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_surveys_chat_id'), ['chat_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('surveys', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_surveys_chat_id'))

    with op.batch_alter_table('alerts', schema=None) as batch_op:
        batch_op.drop_index('ix_alerts_out_of_sync')
        batch_op.drop_index('ix_alerts_kind_status_created_at')

    with op.batch_alter_table('alert_events', schema=None) as batch_op:
        batch_op.drop_index('ix_alert_events_kind_at')

    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_staff_name'))
