"""Documents imported with every line kept (import --keep-all): parsed again the same way.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A document imported before this revision had its page chrome dropped: keep_all false.
    # A plain ADD COLUMN, not a batch copy: copying the table would drop it, and with it
    # (ON DELETE CASCADE) every node and reading position of every document.
    op.add_column(
        "documents",
        sa.Column("keep_all", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    # SQLite 3.35+ drops a column in place (a batch copy would cascade, as above).
    op.execute("ALTER TABLE documents DROP COLUMN keep_all")
