"""guide/fork.py BesideTheBuild: what a build left running is stopped, never forgotten."""

from guide.fork import BesideTheBuild


class Running:
    def __init__(self, events=None):
        self.stopped, self.events = False, events if events is not None else []
        self.events.append("made")

    def stop(self):
        self.stopped = True
        self.events.append("stopped")


def test_a_new_build_stops_what_the_last_one_left_and_what_is_taken_is_not_stopped():
    beside, events = BesideTheBuild(), []
    beside.start(lambda: Running(events))
    left = beside.running
    beside.start(lambda: Running(events))  # the build that started `left` stopped before taking it
    started = beside.running
    assert events == ["made", "stopped", "made"]  # stopped before the next copy is made
    assert (left.stopped, started.stopped) == (True, False)
    assert beside.take() is started and beside.running is None
    beside.stop()  # a build error after the take: nothing left to stop
    assert started.stopped is False
    beside.start(Running)
    errored = beside.running
    beside.stop()
    assert errored.stopped and beside.running is None
