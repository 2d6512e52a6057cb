"""A library with a handful of notes, as the clerk of USERS.md scenario 1 leaves it."""

from __future__ import annotations

import pytest

from hzreader.services.composition import Services

HOSTILE = "<script>alert(1)</script>\n\n![x](file:///etc/passwd)\n\n<img src=x onerror=alert(2)>"


@pytest.fixture
def noted_ctx(app_ctx):
    """app_ctx with five notes in three chapters of the plan and one in the brief."""
    service = Services(app_ctx).annotations
    service.create(
        "m9",
        quote="共有产权住房",
        note="**本局牵头**：与住建局对接试点方案\n\n- 摸清底数\n- 报送方案\n\n" + HOSTILE,
        tags=["部门/发改", "住房"],
        color="黄",
    )
    service.create("m2", quote="人才", note="人才政策*要细化*", tags=["部门/人社"], color="red")
    service.create("g1", note="=SUM(A1:A9) 不应被当成公式", tags=["目标"], color="blue")
    service.create("m24", note="", tags=["部门/发改"])
    service.create("pre2", doc_id="brief", note="好地网的解读", tags=["解读"])
    return app_ctx
