"""The ordered process pool (``linter.run.workers``): results in task order whatever
order the workers finish in, and a worker's crash or bug ends the run with an error,
never a wait for ever."""

import os
import time

import pytest

from linter.core.errors import RunError
from linter.run.workers import ordered

_started: list[str] = []


def _start(mark: str) -> None:
    _started.append(mark)


def _slow_first(task: int) -> tuple[int, int, str]:
    time.sleep(0.2 if task == 0 else 0.001)  # the first task finishes after many others
    return task, os.getpid(), _started[-1]


def _dies(task: int) -> int:
    if task == 3:
        os._exit(3)  # as a crash in a C library would
    return task


def _fails(task: int) -> int:
    if task == 2:
        raise ValueError("broken")
    return task


def test_results_come_in_task_order_from_every_worker():
    results = list(ordered(range(40), _slow_first, _start, ("started",), 2))
    assert [task for task, _ in results] == list(range(40))
    assert [value[0] for _, value in results] == list(range(40))
    assert {value[2] for _, value in results} == {"started"}  # each worker ran ``start``
    assert len({value[1] for _, value in results}) == 2
    assert os.getpid() not in {value[1] for _, value in results}


def test_a_worker_that_dies_ends_the_run_with_an_error_naming_its_task():
    with pytest.raises(RunError, match="ended while checking one of: 3"):
        list(ordered(range(10), _dies, _start, ("x",), 2))


def test_a_bug_in_a_worker_is_the_runs_error():
    with pytest.raises(RunError, match="ValueError: broken"):
        list(ordered(range(10), _fails, _start, ("x",), 2))


def test_a_task_sent_to_a_worker_that_has_died_names_the_task_it_died_on():
    import multiprocessing

    from linter.run.workers import _Worker

    worker = _Worker(multiprocessing.get_context("fork"), _dies, _start, ("x",))
    try:
        worker.send(0, 1)  # answered before it dies
        worker.send(1, 3)  # it dies on this one
        worker.process.join(timeout=10)
        assert not worker.process.is_alive()
        with pytest.raises(RunError, match="ended while checking one of: 3$"):
            worker.send(2, 5)  # the pipe is broken: the answer to 1 is read, and 3 named
    finally:
        worker.stop()
