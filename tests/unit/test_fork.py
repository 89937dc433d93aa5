"""guide/fork.py: the second piece of work runs in a forked copy only where that is safe, its
result or its exception comes back, and the answer is the same either way."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from guide.fork import CAN_FORK
from tests.paths import ROOT

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
    result = subprocess.run(
        [sys.executable, "-c", RUN],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
        timeout=60,
    )
    assert json.loads(result.stdout) == {
        "forked": CAN_FORK,  # Linux, with two processor cores or more
        "results": [[1, 2], {"three": 3}],
        "raised": "in the copy",
        "raised here": "in the copy",
        "forked with a thread running": False,
    }
