"""The parent's own instructions a report in ``audit --jobs 2``, counted by valgrind's
callgrind: what the parent does that no other tenant's load moves. The workers'
answers (the check's, then the cross-report stage's) are made once beforehand, in
process, and replayed: the parent pickles each task as it would send it and unpickles
each answer as it would receive it, and does everything else as in a real run (rows,
row store, digests, pairing, the run's findings, the terminal table). The count a report
is the difference between 600 and 300 reports, divided by 300 (start-up cancels out).

    python bench/audit_parent.py [--against OTHER]

``--against``: another checkout with its own .venv, counted the same way. Needs valgrind.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from audit import generate

ROOT = Path(__file__).resolve().parent.parent
SIZES = (300, 600)
# One run of the parent, in a fresh interpreter: argv is the folder, the answers file, and
# "record" (the workers' answers made here and written) or "replay" (read and given back).
_RUN = """
import io, pickle, sys
sys.path.insert(0, {root!r})
from pathlib import Path
from linter.output import audit_text
from linter.run import workers
from linter.run.audit import AuditOptions, audit
from linter.run.session import CommandLine, Session

folder, answers, mode = sys.argv[1:4]
recorded = [] if mode == "record" else pickle.loads(Path(answers).read_bytes())
given = iter(recorded)


def ordered(tasks, work, start, args, count):
    if mode == "record":
        start(*args)
    for task in tasks:
        pickle.dumps(task, protocol=pickle.HIGHEST_PROTOCOL)  # as the parent sends it
        if mode == "record":
            recorded.append(pickle.dumps(work(task), protocol=pickle.HIGHEST_PROTOCOL))
            answer = recorded[-1]
        else:
            answer = next(given)
        yield task, pickle.loads(answer)  # as the parent receives it


workers.ordered = ordered
run = audit(Session(CommandLine()), [Path(folder)], AuditOptions(jobs=2))
io.StringIO().writelines(audit_text.render(run))
if mode == "record":
    Path(answers).write_bytes(pickle.dumps(recorded, protocol=pickle.HIGHEST_PROTOCOL))
"""
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def _run(tree: Path, folder: Path, answers: Path, mode: str) -> int:
    """Instructions of one run (``replay``, under callgrind), or 0 (``record``)."""
    python = str(tree / ".venv" / "bin" / "python")
    command = [python, "-c", _RUN.format(root=str(tree)), str(folder), str(answers), mode]
    if mode == "replay":
        command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command]
    environment = {**os.environ, "XXGK_LINT_NO_CACHE": "1", "PYTHONHASHSEED": "0"}
    result = subprocess.run(command, capture_output=True, text=True, env=environment, check=True)
    return int(_COLLECTED.search(result.stderr).group(1)) if mode == "replay" else 0


def per_report(tree: Path, folders: dict[int, Path], scratch: Path) -> float:
    """The parent's instructions a report for ``tree``: (600 − 300 reports) / 300."""
    counts = {}
    for size, folder in folders.items():
        answers = scratch / f"{tree.name}-{size}.answers"
        _run(tree, folder, answers, "record")
        counts[size] = _run(tree, folder, answers, "replay")
    return (counts[SIZES[1]] - counts[SIZES[0]]) / (SIZES[1] - SIZES[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", type=Path, help="another checkout with its own .venv, counted the same way")
    arguments = parser.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("bench/audit_parent.py needs valgrind (apt-get install valgrind)")
    trees = [ROOT, *([arguments.against.resolve()] if arguments.against else [])]
    with tempfile.TemporaryDirectory() as scratch:
        folders = {size: Path(scratch) / str(size) for size in SIZES}
        for size, folder in folders.items():
            folder.mkdir()
            generate(folder, size)
        for tree in trees:
            count = per_report(tree, folders, Path(scratch))
            print(f"{tree.name}: the parent's own work, {count / 1e3:,.0f} k instructions a report (callgrind)")


if __name__ == "__main__":
    main()
