"""Actual values recorded against the plan's quantitative targets (指标台账).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "target_actuals",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("doc_id", sa.String(64), nullable=False),
        sa.Column("target_id", sa.String(200), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("recorded_on", sa.String(10), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_target_actuals_target", "target_actuals", ["doc_id", "target_id"])


def downgrade() -> None:
    op.drop_index("ix_target_actuals_target", table_name="target_actuals")
    op.drop_table("target_actuals")
