"""Bookmarks, and the study map (which clauses have been read).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-09
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "bookmarks",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("doc_id", sa.String(64), nullable=False),
        sa.Column("node_key", sa.String(128), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("doc_id", "node_key", name="uq_bookmarks_doc_key"),
    )
    op.create_table(
        "read_marks",
        sa.Column("doc_id", sa.String(64), primary_key=True),
        sa.Column("node_key", sa.String(128), primary_key=True),
        sa.Column("read_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("read_marks")
    op.drop_table("bookmarks")
