"""A time budget per file: the last line of defence against input that makes some step
run far longer than it should. Checked between the stages of the pipeline and between
rules (cooperatively: no signals, so it works in any thread); a file whose budget runs
out is reported as GK001, naming the stage that was running.

The budget counts the CPU time of the thread checking the file, not the time on the
clock: on a busy CI machine the same report gets the same findings."""

from __future__ import annotations

import time

DEFAULT_TIMEOUT = 30.0  # CPU seconds a file may take; a report takes well under one


class OutOfTime(Exception):
    """The budget ran out while ``stage`` was running."""

    def __init__(self, stage: str, seconds: float):
        self.stage, self.seconds = stage, seconds
        super().__init__(f"{stage} took more than {seconds:g} s")


class Budget:
    """The deadline of one file, and the stage it is in."""

    def __init__(self, seconds: float | None = DEFAULT_TIMEOUT):
        self.seconds = seconds
        self.deadline = time.thread_time() + seconds if seconds else None
        self.stage = "read"

    def enter(self, stage: str) -> None:
        """End the current stage (in time, or OutOfTime) and start ``stage``."""
        self.check()
        self.stage = stage

    def check(self) -> None:
        if self.deadline is not None and time.thread_time() > self.deadline:
            raise OutOfTime(self.stage, self.seconds or 0)
