"""Files checked in a pool of worker processes, each with its own session (rules loaded
once per worker), their results yielded in the order of the files, one at a time, so
that a run over thousands of files holds only what its caller keeps.

``jobs == 1`` (or a single file) checks in this process. Either way each file is
checked by ``Session.check``: the results are the same, in the same order. When the
session collects for the cross-report stage (``Session.collect``), a worker hands back
what its linters collected with each result, and this process collects it in order.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from linter.core.errors import RunError
from linter.core.failure import Failure
from linter.run.pathnames import as_path
from linter.run.result import FileResult
from linter.run.session import CommandLine, Session

if TYPE_CHECKING:
    from linter.run.digests import Packed

CHUNK = 8  # files sent to a worker at a time: few enough to keep results flowing in order

_worker: Session | None = None


def default_jobs() -> int:
    return os.cpu_count() or 1


def check_one(session: Session, path: Path, data: bytes | None = None) -> FileResult:
    """``path`` checked (``data``: its content, when it comes from elsewhere); a bug
    while checking it is GK000 on it, and the run goes on."""
    try:
        return session.check(path, data)
    except RunError:
        raise
    except Exception as error:
        return session.linter(session.config(path)).internal_error(str(path), Failure.of("run", error))


class Files(Protocol):
    """The files of a run, read as often as needed: a tuple, or a ``paths.PathList`` on disk."""

    def __len__(self) -> int: ...

    def __iter__(self) -> Iterator[Path]: ...


def checked(
    session: Session, files: Files, jobs: int, done: Callable[[int], None] | None = None
) -> Iterator[FileResult]:
    """Each file's result, in order; ``done(n)`` after the n-th."""
    for file in files:
        session.prepare(file)
    if jobs <= 1 or len(files) < 2:
        results: Iterator[FileResult] = (check_one(session, f) for f in files)
    else:
        results = _in_workers(session, files, jobs)
    for count, result in enumerate(results, 1):
        if done is not None:
            done(count)
        yield result


def _in_workers(session: Session, files: Files, jobs: int) -> Iterator[FileResult]:
    from linter.run.workers import batches, ordered  # imported here: a run in this process does without it

    collecting = session.collect is not None
    start = (session.command_line, collecting)
    # Paths travel as text, made Paths again by ``as_path``: unpickled, each name would be interned.
    chunks = ([str(file) for file in chunk] for chunk in batches(files, CHUNK))
    for chunk, done in ordered(chunks, _work, _start, start, min(jobs, len(files))):
        yield from _received(session, chunk, done, collecting)


def _received(session: Session, chunk: list[str], done: list[Checked], collecting: bool) -> Iterator[FileResult]:
    """The results of a chunk, in order, with what the worker used and collected taken in."""
    for path, (result, used, collected, error) in zip(chunk, done):
        if error is not None:
            raise RunError(error)
        session.note_used(used)
        if collecting:
            linter = session.linter(session.config(as_path(path)))
            for packed in collected:
                session.collect(linter, packed)
        yield result


def _start(command_line: CommandLine, collecting: bool) -> None:
    global _worker
    _worker = Session(command_line)
    if collecting:  # before any linter is built: each takes the session's collector
        _worker.collect = lambda linter, packed: _collected.append(packed)


_collected: list[Packed] = []  # in a worker: what its linters collected for the file at hand
Checked = tuple[FileResult | None, frozenset, list, str | None]


def _work(chunk: list[str]) -> list[Checked]:
    """Files in a worker: each one's result, the sidecar entries it used and what it
    collected for the cross-report stage, or the error (as text: an exception may not
    survive the trip back), after which the chunk's other files are not checked."""
    assert _worker is not None
    done: list[Checked] = []
    for path in chunk:
        before = _worker.used_entries
        _collected.clear()
        try:
            result = check_one(_worker, as_path(path))
        except RunError as error:
            done.append((None, frozenset(), [], str(error)))
            break
        done.append((result, _worker.used_entries - before, list(_collected), None))
    return done
