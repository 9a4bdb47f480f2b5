"""reports: digests, indexes

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('digests',
    sa.Column('period', sa.String(length=32), nullable=False),
    sa.Column('slot_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('claimed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('lease_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('parts_done', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.String(length=200), nullable=True),
    sa.Column('posted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('period', name=op.f('pk_digests'))
    )
    with op.batch_alter_table('alerts', schema=None) as batch_op:
        batch_op.create_index('ix_alerts_created_at', ['created_at'], unique=False)

    with op.batch_alter_table('answers', schema=None) as batch_op:
        batch_op.create_index('ix_answers_answered_at', ['answered_at'], unique=False)

    with op.batch_alter_table('surveys', schema=None) as batch_op:
        batch_op.create_index('ix_surveys_sent_at', ['sent_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('surveys', schema=None) as batch_op:
        batch_op.drop_index('ix_surveys_sent_at')

    with op.batch_alter_table('answers', schema=None) as batch_op:
        batch_op.drop_index('ix_answers_answered_at')

    with op.batch_alter_table('alerts', schema=None) as batch_op:
        batch_op.drop_index('ix_alerts_created_at')

    op.drop_table('digests')
