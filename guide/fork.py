"""Two things at once on two processor cores, where the system can fork safely (Linux, in a
process running one thread); one after the other elsewhere, with the same result: two pieces of
work (`both`), or a stream of items handled beside the work that hands them over (`Background`).

A forked process starts as a copy of this one, with everything already read: nothing is sent to
it, and only its result comes back. Windows and macOS (where forking is not safe) work one thing
after the other, and so do `mkdocs serve`'s rebuilds (its server's threads are running by then;
its first build, before them, forks)."""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Callable
from typing import Generic, Protocol, TypeVar

A = TypeVar("A")
B = TypeVar("B")
T = TypeVar("T", contravariant=True)
R = TypeVar("R", covariant=True)

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


class Worker(Protocol[T, R]):
    """What `Background` runs: `start` (what needs no item, done as soon as the copy starts),
    `add` for each item, then `result` once."""

    def start(self) -> None: ...

    def add(self, item: T) -> None: ...

    def result(self) -> R: ...


class Background(Generic[T, R]):
    """`worker.start()`, then `worker.add(item)` for each item handed over, in a forked copy of
    this process while this one goes on, and `worker.result()` from the copy at `finish()`.
    Items are sent pickled, the result comes back pickled, and an exception the worker raises is
    raised by `finish()`.

    Where forking is not safe (see `forks`), the worker starts here at once and each item is
    added here when it is handed over: the same result, one thing after the other."""

    def __init__(self, worker: Worker[T, R]):
        self._worker, self._child, self._line = worker, None, None
        if not forks():
            worker.start()
            return
        context = multiprocessing.get_context("fork")
        sys.stdout.flush()  # what is waiting to be written would be written by the copy too
        sys.stderr.flush()
        self._line, theirs = context.Pipe()
        self._child = context.Process(target=_work, args=(worker, theirs, self._line), daemon=True)
        self._child.start()
        theirs.close()

    def add(self, item: T) -> None:
        if self._line is None:
            self._worker.add(item)
            return
        try:
            self._line.send((True, item))
        except OSError:  # the copy ended without an answer, which `finish` says
            pass

    def finish(self) -> R:
        if self._line is None:
            return self._worker.result()
        try:
            try:
                self._line.send((False, None))
            except OSError:
                pass
            ok, result = self._line.recv()
        except (EOFError, ConnectionResetError):  # killed (out of memory?), or its answer
            # could not be pickled
            self._child.join(5)
            code = self._child.exitcode
            raise RuntimeError(
                f"the process working beside this one ended (exit code {code})"
            ) from None
        finally:
            self.stop()
        if not ok:
            raise result
        return result

    def stop(self) -> None:
        """End the copy, wanted or not (a build that stopped on another error)."""
        if self._child is not None:
            self._line.close()
            self._child.terminate()
            self._child.join()
            self._child, self._line = None, None


def _work(worker: Worker, line, parents_end) -> None:
    parents_end.close()  # so that the parent ending, however it ends, ends the wait below
    answer = None
    try:
        worker.start()
    except BaseException as exc:  # noqa: BLE001 - handed to the parent, which raises it
        answer = (False, exc)
    while True:
        try:
            more, item = line.recv()
        except EOFError:  # the parent stopped it (`stop`), or ended
            return
        if not more:
            break
        if answer is None:  # after an error, items are read and left: a socket closed with
            try:  # items unread would be reset, and the parent would lose the answer
                worker.add(item)
            except BaseException as exc:  # noqa: BLE001 - handed to the parent, which raises it
                answer = (False, exc)
    if answer is None:
        try:
            answer = (True, worker.result())
        except BaseException as exc:  # noqa: BLE001 - as above
            answer = (False, exc)
    line.send(answer)
    line.close()


class _Stoppable(Protocol):
    def stop(self) -> None: ...


S = TypeVar("S", bound=_Stoppable)


class BesideTheBuild(Generic[S]):
    """What a whole build runs beside it (a `Background`, or what holds one): started when the
    build starts, taken at its end. One a build left (it stopped on an error, or was
    interrupted) is stopped before the next starts, so no copy outlives its build."""

    def __init__(self) -> None:
        self.running: S | None = None

    def start(self, make: Callable[[], S]) -> None:
        self.stop()  # first: a copy forked now would hold the leftover's pipe open
        self.running = make()

    def take(self) -> S | None:
        running, self.running = self.running, None
        return running

    def stop(self) -> None:
        if self.running is not None:
            self.running.stop()
            self.running = None
