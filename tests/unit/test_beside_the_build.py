"""hooks/_common.py BesideTheBuild: what a build left running is stopped, never forgotten."""

from hooks._common import BesideTheBuild


class Running:
    def __init__(self):
        self.stopped = False

    def stop(self):
        self.stopped = True


def test_a_new_build_stops_what_the_last_one_left_and_what_is_taken_is_not_stopped():
    beside = BesideTheBuild()
    left, started = Running(), Running()
    beside.start(left)
    beside.start(started)  # the build that started `left` stopped before taking it
    assert (left.stopped, started.stopped) == (True, False)
    assert beside.take() is started and beside.running is None
    beside.stop()  # a build error after the take: nothing left to stop
    assert started.stopped is False
    errored = Running()
    beside.start(errored)
    beside.stop()
    assert errored.stopped and beside.running is None
