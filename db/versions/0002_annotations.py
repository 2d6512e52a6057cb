"""Annotations, tags, colours and links (notes and highlights).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

DEFAULT_COLORS = [
    ("yellow", "重点", "#fff1a8", 0),
    ("red", "疑问", "#ffc9c9", 1),
    ("green", "落实", "#c8f0c8", 2),
    ("blue", "数据", "#c6ddff", 3),
    ("purple", "引用", "#e4d2ff", 4),
]


def upgrade() -> None:
    # doc_id is deliberately not a foreign key: a note outlives its document (it goes to the
    # trash when the document is removed), never deleted with it.
    op.create_table(
        "annotations",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("doc_id", sa.String(64), nullable=False),
        sa.Column("node_key", sa.String(128), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("prefix", sa.Text(), nullable=False),
        sa.Column("suffix", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=True),
        sa.Column("end", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("color", sa.String(16), nullable=False),
        sa.Column("node_text_hash", sa.String(64), nullable=False),
        sa.Column("needs_review", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_annotations_doc_key", "annotations", ["doc_id", "node_key"])
    op.create_table(
        "tags",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("color", sa.String(16), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "annotation_tags",
        sa.Column(
            "annotation_id",
            sa.String(36),
            sa.ForeignKey("annotations.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "tag_id",
            sa.Integer(),
            sa.ForeignKey("tags.id", ondelete="CASCADE"),
            primary_key=True,
        ),
    )
    colors = op.create_table(
        "colors",
        sa.Column("name", sa.String(16), primary_key=True),
        sa.Column("label", sa.String(64), nullable=False),
        sa.Column("hex", sa.String(9), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
    )
    op.bulk_insert(
        colors,
        [{"name": n, "label": lb, "hex": h, "sort_order": o} for n, lb, h, o in DEFAULT_COLORS],
    )
    op.create_table(
        "links",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "annotation_id",
            sa.String(36),
            sa.ForeignKey("annotations.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("target_doc", sa.String(64), nullable=False),
        sa.Column("target_key", sa.String(128), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("links")
    op.drop_table("colors")
    op.drop_table("annotation_tags")
    op.drop_table("tags")
    op.drop_index("ix_annotations_doc_key", table_name="annotations")
    op.drop_table("annotations")
