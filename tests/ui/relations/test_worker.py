"""The matching thread: work runs off the UI thread with services of its own, kept warm;
a newer question of a channel replaces the older one; failures come back as failures."""

from __future__ import annotations

import threading

from hzreader.core.errors import BadInputError
from hzreader.ui.relations.worker import MatchClient


def test_work_runs_on_its_own_thread_with_warm_services(qtbot, app_ctx):
    client = MatchClient(app_ctx)
    seen = []
    for _ in range(2):
        client.submit(
            lambda s: (threading.get_ident(), id(s), s.relations.index().doc_ids()),
            seen.append,
            lambda exc: seen.append(exc),
        )
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=20000)
    (thread1, services1, docs), (thread2, services2, _) = seen
    assert thread1 == thread2 != threading.get_ident()
    assert services1 == services2 and set(docs) == {"plan", "brief"}
    client.stop()


def test_a_newer_question_of_a_channel_replaces_the_older(qtbot, app_ctx):
    client = MatchClient(app_ctx)
    gate = threading.Event()
    answers, ran = [], []
    client.submit(lambda s: gate.wait(10), lambda _r: None, lambda _e: None)  # keeps it busy
    for n in range(5):
        client.submit(lambda s, n=n: ran.append(n) or n, answers.append, answers.append, "cursor")
    gate.set()
    qtbot.waitUntil(lambda: not client.busy(), timeout=20000)
    assert answers == [4] and ran == [4]  # the older ones were neither run nor answered
    client.stop()


def test_a_failure_comes_back_as_a_failure(qtbot, app_ctx):
    client = MatchClient(app_ctx)
    failures = []

    def bad(services):
        raise BadInputError("没有这个条款")

    client.submit(bad, lambda _r: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=20000)
    assert isinstance(failures[0], BadInputError)
    client.stop()
    client.submit(lambda s: 1, failures.append, failures.append)  # stopped: nothing runs
    qtbot.wait(100)
    assert len(failures) == 1
