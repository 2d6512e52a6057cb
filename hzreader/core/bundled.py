"""The bundled file: a news brief (好地网) followed, from the line 附:, by the plan itself."""

from __future__ import annotations

import hashlib
import re

from hzreader.core.errors import BadInputError
from hzreader.core.model import Document
from hzreader.core.normalize import canonical_line
from hzreader.core.parser import parse_body
from hzreader.i18n import Errors

PLAN_ID = "plan"
BRIEF_ID = "brief"
BRIEF_TITLE = "杭州行动计划亮相，城建方面亮点多多（好地网解读）"
_ANNEX = re.compile(r"^附[:：]\s*")


def content_hash(text: str) -> str:
    """The SHA-256 of a text, the identity of a document's content."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def split_bundle(raw: str) -> tuple[str, str, str]:
    """(brief text, plan title, plan body) of the bundled file."""
    lines = raw.replace("\r\n", "\n").lstrip("\ufeff").split("\n")
    for i, line in enumerate(lines):
        if _ANNEX.match(line.strip()):
            title = _ANNEX.sub("", canonical_line(line))
            title = re.sub(r"全文$", "", title).strip("《》 ")
            return "\n".join(lines[:i]), title, "\n".join(lines[i + 1 :])
    raise BadInputError(Errors.tr("内置文件中找不到以“附:”开头的计划正文"))


def parse_bundled(raw: str) -> tuple[Document, Document]:
    """The plan (document one) and the brief (a guide to it) from the bundled file."""
    brief_raw, title, plan_raw = split_bundle(raw)
    plan = Document(
        id=PLAN_ID,
        title=title,
        kind="plan",
        nodes=parse_body(plan_raw, title=title),
        source_text=plan_raw,
        content_hash=content_hash(plan_raw),
        source_name="hangzhou-common-prosperity-plan-2021-2025.txt",
    )
    brief = Document(
        id=BRIEF_ID,
        title=BRIEF_TITLE,
        kind="guide",
        nodes=parse_body(brief_raw, title=BRIEF_TITLE),
        source_text=brief_raw,
        content_hash=content_hash(brief_raw),
        source_name=plan.source_name,
    )
    return plan, brief
