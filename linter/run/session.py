"""A ``check`` run: each file with the configuration that applies to it, linted by a
linter built once per distinct configuration."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sized
from pathlib import Path
from typing import TYPE_CHECKING

from linter import readers
from linter.core.errors import DeclarationError
from linter.core.findings import Finding
from linter.core.record import Record
from linter.core.resources import FORMAT_FILE, RULES_DIR
from linter.core.suppression import Outcome, SidecarEntry
from linter.format.spec import FormatSpec, load_format
from linter.model.report import Options
from linter.rules.declarations import Rule, load_rules
from linter.run.budget import DEFAULT_TIMEOUT
from linter.run.config import Config, configuration_in, load
from linter.run.discovery import Closest
from linter.run.engine import Linter, Selection
from linter.run.result import FileResult
from linter.run.suppress import apply_sidecar, load_sidecar, sidecar_in

if TYPE_CHECKING:
    from linter.model.roster import Roster


class CommandLine(Record):
    """What the command line says; None (or empty) where it says nothing."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    lang: str | None = None
    year: int | None = None
    published: dt.date | None = None
    rule_dirs: tuple[Path, ...] = ()
    config: Path | None = None
    fail_on: str | None = None
    previous: Path | None = None  # last year's report of the same organ (GK5xx)
    roster: Roster | None = None  # audit --roster: the organs expected to report
    timeout: float | None = None  # seconds a file may take


class Session:
    """Configurations, rule sets and linters of one run, each built once."""

    def __init__(self, command_line: CommandLine):
        self.command_line = command_line
        self._spec: FormatSpec | None = None
        self._linters: dict[Path | None, Linter] = {}
        self._configs: dict[Path, Config] = {}  # by configuration file
        self._sidecars: dict[Path, list[SidecarEntry]] = {}  # by sidecar file
        self._configuration = Closest(configuration_in)  # the configuration file of a folder
        self._sidecar = Closest(sidecar_in)  # the sidecar of a folder
        self._used_entries: set[SidecarEntry] = set()
        self._folders: dict[str, Path] = {}  # a folder as given (a file's name without its last part) → as resolved
        self._no_config = Config()  # the defaults, where no configuration file applies: one for every file
        self._last_folder: tuple[str, Path] = ("", Path())  # the last file asked about, and its folder
        self.collect: Callable | None = None  # given to each linter (``Linter.collect``): see run/compare.py

    def config(self, file: Path) -> Config:
        """The configuration for ``file``: --config, or the closest one above it, or none."""
        path = self.command_line.config or self._configuration(self._folder(file))
        if path is None:
            return self._no_config
        if path not in self._configs:
            self._configs[path] = load(path)
        return self._configs[path]

    def _folder(self, file: Path) -> Path:
        """``file.resolve().parent``, each folder resolved once: a run asks it several times a
        file, mostly one after another (so the last file's answer is kept)."""
        name = str(file)
        if name == self._last_folder[0]:
            return self._last_folder[1]
        if os.path.basename(name) in ("", ".", "..") or os.path.islink(name):
            folder = file.resolve().parent
        else:  # kept by the folder's text: cheaper to take and to hash than a Path
            parent = os.path.dirname(name)
            folder = self._folders.get(parent)
            if folder is None:
                folder = self._folders[parent] = file.parent.resolve()
        self._last_folder = (name, folder)
        return folder

    def compares(self, files: Sized) -> bool:
        """Whether a run over ``files`` has a cross-report stage: two reports, or --previous."""
        return len(files) >= 2 or self.command_line.previous is not None

    def lang(self, config: Config) -> str:
        return self.command_line.lang or config.lang or "zh"

    def fail_on(self, config: Config) -> str:
        return self.command_line.fail_on or config.fail_on or "error"

    def linter(self, config: Config) -> Linter:
        if config.path not in self._linters:
            self._linters[config.path] = self._build(config)
        return self._linters[config.path]

    def check(self, file: Path, data: bytes | None = None) -> FileResult:
        """``file`` linted with its configuration; its per-file ignores and sidecar entries applied.
        ``data``: the file's content when it comes from elsewhere (standard input, an editor)."""
        config = self.config(file)
        cli = self.command_line
        linter = self.linter(config)
        options = Options(cli.year or config.year, cli.published, cli.roster)
        if data is None:
            result = linter.check_path(file, options)
        else:
            result = linter.check(readers.read_data(file, data, linter.max_bytes), options)
        return result._replace(findings=self.filtered(file, result.findings))

    def filtered(self, file: Path, findings: list[Finding]) -> list[Finding]:
        """``findings`` of ``file`` without those its per-file ignores and sidecar entries cover."""
        config = self.config(file)
        ignored = config.ignored_for(file)
        if ignored:
            findings = [f for f in findings if not f.rule.startswith(ignored)]
        kept, used = apply_sidecar(file, findings, self._sidecar_entries(file, config))
        self._used_entries |= used
        return kept

    def prepare(self, file: Path) -> None:
        """Load what checking ``file`` needs (configuration, linter, sidecar) without
        checking it: errors in them stop the run before any worker starts, and this
        session knows the rules and sidecars of a run made in worker processes."""
        config = self.config(file)
        self.linter(config)
        self._sidecar_entries(file, config)

    @property
    def used_entries(self) -> frozenset[SidecarEntry]:
        """The sidecar entries that have suppressed something so far."""
        return frozenset(self._used_entries)

    def note_used(self, entries: frozenset[SidecarEntry]) -> None:
        """Sidecar entries used in a worker process's session."""
        self._used_entries |= entries

    def rules(self) -> tuple[Rule, ...]:
        """Every rule the run's linters ran, once."""
        return tuple({r.id: r for linter in self._linters.values() for r in linter.rules}.values())

    def unused_sidecar_entries(self) -> list[Finding]:
        """GK004 for each sidecar entry that suppressed nothing in the whole run."""
        findings = []
        for sidecar, entries in self._sidecars.items():
            unused = tuple(e for e in entries if e not in self._used_entries)
            if unused:
                linter = self.linter(self.config(sidecar))
                findings += linter.suppression_findings(str(sidecar), Outcome(unused_entries=unused))
        return findings

    def _sidecar_entries(self, file: Path, config: Config) -> list[SidecarEntry]:
        sidecar = self._sidecar(self._folder(file))
        if sidecar is None:
            return []
        if sidecar not in self._sidecars:
            entries = load_sidecar(sidecar)
            known = self.linter(config).known_ids
            for entry in entries:
                if not any(rule.startswith(entry.rule) for rule in known):
                    raise DeclarationError(
                        str(sidecar), f"'ignore[{entry.index - 1}].rule'", f"no rule matches '{entry.rule}'"
                    )
            self._sidecars[sidecar] = entries
        return self._sidecars[sidecar]

    def _build(self, config: Config) -> Linter:
        cli = self.command_line
        rules = load_rules([RULES_DIR, *config.rules, *cli.rule_dirs], self._spec or load_format(FORMAT_FILE))
        if config.path is not None:
            config.check_ids(r.id for r in rules.rules)
        if self._spec is None:
            self._spec = load_format(FORMAT_FILE)
        selection = Selection(cli.select or config.select, cli.ignore or config.ignore)
        timeout = cli.timeout or config.timeout or DEFAULT_TIMEOUT
        linter = Linter(
            rules, self._spec, selection, lang=self.lang(config), severities=config.severity, timeout=timeout
        )
        linter.collect = self.collect
        return linter
