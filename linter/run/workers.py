"""An ordered process pool run from one thread: tasks go to worker processes, each
over its own pipe, and their results come back in the order of the tasks.

``multiprocessing.Pool`` keeps three threads in the calling process; one of them
(``_handle_workers``) wakes whenever the results pipe has data, so it spins while
results wait, and took a third of the parent's CPU in a run over 10,000 reports. Here
the caller's thread does everything: it waits on the workers' pipes, reads what is
ready, and sends the next task to the worker that has fewest waiting (a slow file, a
PDF, holds up one worker, not the others).

A task and its result travel pickled (by this process and its own children only). A
worker that dies (killed, or a crash in a library) ends the run with an error naming
what it was given, instead of the wait for ever that ``multiprocessing.Pool`` gives.
"""

from __future__ import annotations

import os
import pickle
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection, wait
from typing import Any, TypeVar

from linter.core.errors import RunError

AHEAD = 4  # tasks waiting at each worker: it always has the next at hand
TASK_BYTES = 32 << 10  # task bytes waiting at a worker, beyond its first: well within a pipe's buffer
# fork: a worker starts with the modules already imported, and with what the caller holds
# (so ``work`` and ``args`` need not pickle); spawn where there is no fork.
FORKS = os.name == "posix"
_END = object()
T = TypeVar("T")


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last may be shorter): a worker's task."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def ordered(
    tasks: Iterable[Any], work: Callable[[Any], Any], start: Callable[..., None], args: tuple, workers: int
) -> Iterator[Any]:
    """Each task and ``work(task)``, in order, done in ``workers`` processes, each first
    running ``start(*args)``. At most ``AHEAD`` tasks a worker are sent and not yet given
    back, so that what waits here stays small however many tasks there are."""
    import multiprocessing  # imported here: a run in this process does without it

    # (A worker is this process's child either way: its resource use counts in this process's.)
    context = multiprocessing.get_context("fork" if FORKS else "spawn")
    crew = [_Worker(context, work, start, args) for _ in range(workers)]
    try:
        yield from _Dispatch(iter(tasks), crew).results()
    finally:
        for worker in crew:
            worker.stop()


class _Worker:
    """One worker process, the pipe to it, and the tasks it has been sent, in order."""

    def __init__(self, context, work: Callable[[Any], Any], start: Callable[..., None], args: tuple):
        self.conn, theirs = context.Pipe()
        self.process = context.Process(target=_serve, args=(theirs, work, start, args), daemon=True)
        self.process.start()
        theirs.close()
        self.sent: deque[tuple[int, Any, int]] = deque()  # (task number, task, its pickled size)

    def send(self, number: int, task: Any) -> None:
        body = pickle.dumps(task, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            self.conn.send_bytes(body)
        except OSError:  # it has ended (a crash): what it answered first is read, then the task it ended on named
            while self.sent:
                self.receive()
            raise RunError(f"a worker process ended while checking one of: {_named(task)}") from None
        self.sent.append((number, task, len(body)))

    def room(self) -> bool:
        """Whether another task may be sent now: fewer than AHEAD wait, and their bytes
        cannot fill the pipe while the worker writes a result back (no deadlock)."""
        return not self.sent or (len(self.sent) < AHEAD and sum(size for _, _, size in self.sent) < TASK_BYTES)

    def receive(self) -> tuple[int, tuple[Any, Any]]:
        """The number of the oldest task sent, the task and its result."""
        number, task, _ = self.sent[0]
        try:
            body = self.conn.recv_bytes()
        except (EOFError, OSError):
            raise RunError(f"a worker process ended while checking one of: {_named(task)}") from None
        self.sent.popleft()
        failed, result = pickle.loads(body)  # from our own child process
        if failed:
            raise RunError(result)
        return number, (task, result)

    def stop(self) -> None:
        """The worker ended: told to, when it has done what it was sent; else (the run
        ends early, on an error or Ctrl-C) at once."""
        try:
            if not self.sent:
                self.conn.send_bytes(b"")  # no more tasks
                self.process.join(timeout=5)
        except OSError:
            pass
        if self.process.is_alive():
            self.process.terminate()
        self.process.join()
        self.conn.close()


class _Dispatch:
    """Tasks handed out to the workers with room, results given back in task order."""

    def __init__(self, tasks: Iterator[Any], crew: list[_Worker]):
        self.tasks, self.crew = tasks, crew
        self.done: dict[int, Any] = {}  # results that came before their turn
        self.sent = 0
        self.more = True

    def results(self) -> Iterator[Any]:
        wanted = 0
        self._fill()
        while wanted < self.sent:
            while wanted not in self.done:
                busy = {w.conn: w for w in self.crew if w.sent}
                for conn in wait(list(busy)):
                    number, result = busy[conn].receive()
                    self.done[number] = result
                self._fill()
            yield self.done.pop(wanted)
            wanted += 1
            self._fill()

    def _fill(self) -> None:
        """Send tasks to the workers with room, the least busy first, while the results
        waiting here and the tasks out are few (AHEAD a worker)."""
        while self.more and len(self.done) + sum(len(w.sent) for w in self.crew) < AHEAD * len(self.crew):
            worker = min(self.crew, key=lambda w: len(w.sent))
            if not worker.room():
                return
            task = next(self.tasks, _END)
            if task is _END:
                self.more = False
                return
            worker.send(self.sent, task)
            self.sent += 1


def _serve(conn: Connection, work: Callable[[Any], Any], start: Callable[..., None], args: tuple) -> None:
    """A worker: each task's result, or the error that stops the run, until an empty message."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops us
    start(*args)
    while body := conn.recv_bytes():
        try:
            answer: tuple[bool, Any] = (False, work(pickle.loads(body)))
        except Exception as error:  # a bug outside any one file's check: the run's error
            answer = (True, f"in a worker process: {type(error).__name__}: {error}")
        conn.send_bytes(pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL))


def _named(task: Any) -> str:
    return ", ".join(map(str, task)) if isinstance(task, list) else str(task)
