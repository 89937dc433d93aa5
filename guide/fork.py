"""Two things at once on two processor cores, where the system can fork safely (Linux, in a
process running one thread); one after the other elsewhere, with the same result.

A forked process starts as a copy of this one, with everything already read: nothing is sent to
it, and only its result comes back. `mkdocs serve` (which runs threads), Windows and macOS (where
forking is not safe) work one thing after the other."""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Callable
from typing import TypeVar

A = TypeVar("A")
B = TypeVar("B")

CAN_FORK = sys.platform == "linux" and (os.cpu_count() or 1) > 1


def forks() -> bool:
    """Whether `both` would run its two pieces of work at once, here and now."""
    return CAN_FORK and threading.active_count() == 1  # a fork copies only the calling thread


def both(here: Callable[[], A], there: Callable[[], B]) -> tuple[A, B]:
    """(here(), there()): `there` runs in a forked copy of this process while this one runs
    `here`. Its result comes back pickled; an exception it raises is raised here."""
    if not forks():
        return here(), there()
    context = multiprocessing.get_context("fork")
    sys.stdout.flush()  # what is waiting to be written would be written by the copy too
    sys.stderr.flush()
    receiving, sending = context.Pipe(duplex=False)
    child = context.Process(target=_send, args=(there, sending), daemon=True)
    child.start()
    sending.close()
    try:
        mine = here()
        ok, theirs = receiving.recv()
    except BaseException:
        child.terminate()  # its result is not wanted any more; it would wait to send it
        raise
    finally:
        receiving.close()
        child.join()
    if not ok:
        raise theirs
    return mine, theirs


def _send(work: Callable[[], B], sending) -> None:
    try:
        result = (True, work())
    except BaseException as exc:  # noqa: BLE001 - handed to the parent, which raises it
        result = (False, exc)
    sending.send(result)
    sending.close()
