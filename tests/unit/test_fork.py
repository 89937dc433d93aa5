"""guide/fork.py: the second piece of work runs in a forked copy only where that is safe, its
result or its exception comes back, and the answer is the same either way."""

from __future__ import annotations

import textwrap

from guide.fork import CAN_FORK
from tests.own_process import said_by

# In a process of its own: pytest's runs threads, where `both` never forks.
RUN = textwrap.dedent(
    """
    import json, os, threading
    from guide.fork import both

    def fails():
        raise ValueError("in the copy")

    said = {}
    here, there = both(os.getpid, os.getpid)
    said["forked"] = here != there
    said["results"] = both(lambda: [1, 2], lambda: {"three": 3})
    try:
        both(lambda: None, fails)
    except ValueError as exc:
        said["raised"] = str(exc)
    try:  # the copy, with more to send than a pipe holds, is not left waiting to send it
        both(fails, lambda: "x" * 10_000_000)
    except ValueError as exc:
        said["raised here"] = str(exc)
    stop = threading.Event()
    helper = threading.Thread(target=stop.wait)
    helper.start()
    here, there = both(os.getpid, os.getpid)
    said["forked with a thread running"] = here != there
    stop.set()
    helper.join()
    print(json.dumps(said))
    """
)


def test_both_forks_only_without_threads_and_returns_each_result_or_exception():
    assert said_by(RUN) == {
        "forked": CAN_FORK,  # Linux, with two processor cores or more
        "results": [[1, 2], {"three": 3}],
        "raised": "in the copy",
        "raised here": "in the copy",
        "forked with a thread running": False,
    }


# In a process of its own, as above: a stream of items handled beside this process.
RUN_BACKGROUND = textwrap.dedent(
    """
    import json, os
    from guide.fork import Background

    class Sum:
        def __init__(self):
            self.total, self.pids, self.started = 0, set(), None

        def start(self):
            self.started = os.getpid()

        def add(self, item):
            if item == "fail":
                raise ValueError("item 'fail'")
            if item == "die":
                os._exit(3)  # as the out-of-memory killer would end it: no answer
            self.total += item if isinstance(item, int) else len(item)
            self.pids.add(os.getpid())

        def result(self):
            return self.total, sorted(self.pids | {self.started})

    said = {}
    work = Background(Sum())
    for n in range(1, 101):
        work.add(n)
    total, pids = work.finish()
    said["total"], said["in the copy"] = total, os.getpid() not in pids  # start, each add
    failing = Background(Sum())
    # Items after the error, more than a pipe holds, do not leave the sender waiting.
    for item in [1, "fail", *["x" * 100_000] * 40]:
        failing.add(item)
    try:
        failing.finish()
    except ValueError as exc:
        said["raised"] = str(exc)
    dying = Background(Sum())
    for item in [1, "die", 2]:
        dying.add(item)
    try:
        dying.finish()
    except RuntimeError as exc:
        said["died"] = str(exc)
    big = Background(Sum())
    big.add(1)
    big.stop()  # a build that stopped on another error: the copy goes without an answer
    print(json.dumps(said))
    """
)


# In a process of its own, as above: the project's own errors come back from the copy whole.
RUN_ERRORS = textwrap.dedent(
    """
    import json
    from guide.errors import DataError, DataErrors
    from guide.fork import both

    def raising(exc):
        def raise_it():
            raise exc
        return raise_it

    said = {}
    found = [DataError("data/b.yml", 4, "es.name", "is missing"),
             DataError("data/a.yml", 2, "", "x")]
    try:
        both(lambda: None, raising(DataErrors(found)))
    except DataErrors as exc:
        said["data errors"] = [str(e) for e in exc.errors]
        said["message"] = str(exc)
    print(json.dumps(said))
    """
)


def test_the_projects_errors_come_back_from_the_copy_whole():
    # An exception crosses as its class called again with its arguments: without __reduce__,
    # DataErrors would be made again from its message, which would list one error per character.
    assert said_by(RUN_ERRORS) == {
        "data errors": ["data/a.yml:2: x", "data/b.yml:4: field 'es.name' is missing"],
        "message": "data/a.yml:2: x\n"
        "data/b.yml:4: field 'es.name' is missing\n"
        "2 data error(s) found.",
    }


def test_background_adds_each_item_in_a_copy_and_brings_back_the_result_or_exception():
    assert said_by(RUN_BACKGROUND) == {
        "total": 5050,
        "in the copy": CAN_FORK,
        "raised": "item 'fail'",
        **({"died": "the process working beside this one ended (exit code 3)"} if CAN_FORK else {}),
    }


def test_background_without_a_fork_adds_each_item_when_it_is_handed_over(monkeypatch):
    from guide import fork

    monkeypatch.setattr(fork, "forks", lambda: False)  # as under `mkdocs serve`, or on Windows

    class Seen:
        def __init__(self):
            self.items = []

        def start(self):
            self.items.append("started")

        def add(self, item):
            self.items.append(item)

        def result(self):
            return self.items

    work = fork.Background(Seen())
    assert work._worker.items == ["started"]
    work.add("a")
    assert work._worker.items == ["started", "a"]
    work.add("b")
    assert work.finish() == ["started", "a", "b"]
