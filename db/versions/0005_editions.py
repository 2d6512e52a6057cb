"""Editions: a document superseded by a newer one, and a record of each edition import.

Revision ID: 0005
Revises: 0003
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("superseded_by", sa.String(64), nullable=True))
    op.create_table(
        "edition_imports",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("old_doc", sa.String(64), nullable=False),
        sa.Column("new_doc", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
    )
    op.create_index("ix_edition_imports_new", "edition_imports", ["new_doc"])


def downgrade() -> None:
    op.drop_index("ix_edition_imports_new", table_name="edition_imports")
    op.drop_table("edition_imports")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("superseded_by")
