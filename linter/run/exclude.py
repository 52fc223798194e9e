"""Which files a ``check`` run takes: report files found in the folders given, and the
files named, less what ``exclude`` / ``extend-exclude`` (configuration or command line)
leave out.

A glob without ``/`` matches any one part of the path (``README*``, ``node_modules``);
one with ``/`` the path relative to where it was given (the configuration's folder, or
the working directory for the command line). Matching ignores case. Files named on the
command line are taken even when excluded, unless ``--force-exclude`` is given (the
pre-commit hook gives it, since pre-commit names every staged file).
"""

import fnmatch
from collections.abc import Callable, Iterator
from pathlib import Path

from linter.core.errors import RunError
from linter.core.record import Record
from linter.readers import REPORT_SUFFIXES
from linter.run.config import Config
from linter.run.discovery import walk
from linter.run.pathnames import child

# What every repository holds besides reports.
DEFAULT_EXCLUDE = (
    "README*",
    "CHANGELOG*",
    "LICENSE*",
    "CONTRIBUTING*",
    "requirements*.txt",
    ".*",
    "venv",
    "env",
    "node_modules",
)
VENV_MARK = "pyvenv.cfg"  # a folder holding it is a virtual environment, whatever its name


class Exclusions(Record):
    """What the command line says: None for ``exclude`` where it says nothing."""

    exclude: tuple[str, ...] | None = None
    extend: tuple[str, ...] = ()
    force: bool = False


class Globs(Record):
    """Globs and the folder their ``/`` paths are relative to."""

    globs: tuple[str, ...]
    base: Path


def globs_for(config: Config, cli: Exclusions) -> tuple[Globs, ...]:
    """The globs that apply under ``config``: the command line's exclude, else the
    configuration's, else the defaults; then both extend-excludes."""
    here = Path.cwd()
    config_base = config.path.parent if config.path else here
    if cli.exclude is not None:
        chosen = Globs(cli.exclude, here)
    else:
        chosen = Globs(config.exclude if config.exclude is not None else DEFAULT_EXCLUDE, config_base)
    return (chosen, Globs(config.extend_exclude, config_base), Globs(cli.extend, here))


def excluded(path: Path, globs: tuple[Globs, ...], root: Path | None = None) -> bool:
    """Whether a glob matches ``path``; below a folder given (``root``), only the parts
    below it are matched by name, so that naming an excluded folder checks it."""
    names = _parts(path.relative_to(root) if root else path)
    if any(_matches(name, glob) for group in globs for glob in group.globs if "/" not in glob for name in names):
        return True
    for group in globs:
        relative = _relative(path, group.base)
        if any(_matches(relative, glob.strip("/")) for glob in group.globs if "/" in glob):
            return True
    return False


def report_files(
    paths: tuple[Path, ...], globs: Callable[[Path], tuple[Globs, ...]], force: bool = False
) -> Iterator[Path]:
    """Each file named (unless excluded with ``force``); in each folder, every report file
    not excluded, recursively. A folder without any, or a missing path, is a RunError."""
    for path in paths:
        try:
            folder = path.is_dir()
            present = folder or path.exists() or path.is_symlink()
        except OSError:  # cannot even be looked at: reading it says why (GK001)
            folder, present = False, True
        if folder:
            from linter.run.paths import sorted_paths  # imported here: checking one file does without it

            found = sorted_paths(_walk(path, globs))  # on disk: a folder may hold 10,000 reports
            if not found:
                raise RunError(f"{path}: no report files in this folder ({', '.join(sorted(REPORT_SUFFIXES))})")
            yield from found
        elif present:
            if not (force and excluded(path, globs(path))):
                yield path
        else:
            raise RunError(f"{path}: no such file or folder")


def _walk(root: Path, globs: Callable[[Path], tuple[Globs, ...]]) -> Iterator[Path]:
    """The report files below ``root``; a subfolder that cannot be listed is given as it
    is, for reading it to say why (GK001)."""
    unlisted: list[Path] = []
    for here, subfolders, files in walk(root, unlisted.append):
        applying = globs(here / "_")  # the configuration of files in this folder
        defaults = any(group.globs is DEFAULT_EXCLUDE for group in applying)
        subfolders[:] = [
            name
            for name in subfolders
            if not _excluded_below(here / name, applying) and not (defaults and (here / name / VENV_MARK).is_file())
        ]
        for name in files:
            path = child(here, name)  # not interned (see ``paths``): a folder may hold 10,000
            if path.suffix.lower() in REPORT_SUFFIXES and not _excluded_below(path, applying) and path.is_file():
                yield path
    yield from unlisted


def _excluded_below(path: Path, globs: tuple[Globs, ...]) -> bool:
    """``excluded`` for an entry the walk meets: its folders passed the name globs on the
    way down, so only its own name is matched by them (linear in the tree's depth)."""
    if any(_matches(path.name, glob) for group in globs for glob in group.globs if "/" not in glob):
        return True
    return any(
        _matches(_relative(path, group.base), glob.strip("/")) for group in globs for glob in group.globs if "/" in glob
    )


def _parts(path: Path) -> tuple[str, ...]:
    return tuple(part for part in path.parts if part not in (".", "..", path.anchor))


def _relative(path: Path, base: Path) -> str:
    try:
        return path.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _matches(text: str, glob: str) -> bool:
    return fnmatch.fnmatchcase(text.lower(), glob.lower())
