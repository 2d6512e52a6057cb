"""Annotations in the order of the text they mark.

A sentence node is a child of the measure (goal, item, heading) whose running text it is a
part of, and nodes are numbered in reading order parent first. Ordering by node number and
then by offset therefore put every note on a measure (offsets in the measure's whole text)
before every note on one of its sentences (offsets in that sentence), wherever they stand
in the text. Here a note's place is the node that holds the running text (a sentence's
parent) and its offset in that text: the sentence's own start in it plus the note's. All of
it in SQL: the sentence's start is the length of the sentences before it under its parent
(a short range of the (doc_id, ordinal) index), computed for sentence rows only.
"""

from __future__ import annotations

from sqlalchemy import case, func, select
from sqlalchemy.orm import aliased

from hzreader.storage.tables import AnnotationRow, DocumentRow, NodeRow

Parent = aliased(NodeRow)
_Before = aliased(NodeRow)


def in_text_order(q):
    """An annotations query joined with its node (and the node's parent) and ordered by
    document, then by place in the document's text; notes whose node is gone come last."""
    q = q.outerjoin(
        NodeRow,
        (NodeRow.doc_id == AnnotationRow.doc_id) & (NodeRow.key == AnnotationRow.node_key),
    ).outerjoin(Parent, Parent.id == NodeRow.parent_id)
    doc_order = select(DocumentRow.sort_order).where(DocumentRow.id == AnnotationRow.doc_id)
    sentence_start = (
        select(func.coalesce(func.sum(func.length(_Before.text)), 0))
        .where(
            _Before.doc_id == NodeRow.doc_id,
            _Before.ordinal > Parent.ordinal,
            _Before.ordinal < NodeRow.ordinal,
            _Before.parent_id == NodeRow.parent_id,
            _Before.kind == "sentence",
        )
        .correlate(NodeRow, Parent)
        .scalar_subquery()
    )
    sentence = (NodeRow.kind == "sentence") & Parent.id.is_not(None)
    holder = case((sentence, Parent.ordinal), else_=NodeRow.ordinal)
    offset = func.coalesce(AnnotationRow.start, 0) + case((sentence, sentence_start), else_=0)
    return q.order_by(
        doc_order.scalar_subquery().nulls_last(),
        holder.nulls_last(),
        offset,
        AnnotationRow.created_at,
    )
