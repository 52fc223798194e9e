"""The report format as data (``rules/formats/national.yaml``): sections, organ kinds;
and its standard tables (``tables.yaml`` beside it), whose row labels it uses."""

import re
from functools import cache, lru_cache
from pathlib import Path

from linter.core import cache as disk_cache
from linter.core.alternation import longest_first
from linter.core.normalize import chinese_numeral, squeeze
from linter.core.record import Record
from linter.core.yamlfile import load_validated
from linter.format.tables import TableDefs, load_tables

TABLES_NAME = "tables.yaml"  # beside the format file


VARIANT_CEILING = 0.99


@lru_cache(maxsize=4096)
def _bigrams(text: str) -> frozenset[str]:
    return frozenset(text[i : i + 2] for i in range(len(text) - 1))


def similarity(a: str, b: str) -> float:
    """Dice coefficient of character bigrams: 1.0 for equal texts, 0.0 for unrelated ones."""
    if a == b:
        return 1.0
    x, y = _bigrams(a), _bigrams(b)
    if not x or not y:
        return 0.0
    return 2 * len(x & y) / (len(x) + len(y))


class SectionSpec(Record):
    number: int
    title: str
    variants: tuple[str, ...]
    wordings: tuple[str, ...]  # the title and its variants, squeezed
    keywords: tuple[str, ...]
    inferred_from: tuple[str, ...]

    @property
    def numeral(self) -> str:
        return chinese_numeral(self.number)

    @property
    def heading(self) -> str:
        return f"{self.numeral}、{self.title}"

    def score(self, squeezed_title: str) -> float:
        """How well a heading's title (squeezed) names this section; 0 without a keyword."""
        if not any(k in squeezed_title for k in self.keywords):
            return 0.0
        if squeezed_title == self.wordings[0]:
            return 1.0
        # A variant, however exact, ranks below the format's own wording.
        return min(max(similarity(squeezed_title, w) for w in self.wordings), VARIANT_CEILING)


class OrganKind(Record):
    kind: str
    suffixes: tuple[str, ...]
    excluded_suffixes: tuple[str, ...]

    def matches(self, organ: str) -> bool:
        return organ.endswith(self.suffixes) and not organ.endswith(self.excluded_suffixes)


class FormatSpec(Record):
    sections: tuple[SectionSpec, ...]
    match_threshold: float
    table_labels: tuple[str, ...]  # the application table's (see ``GridDef.labels``)
    organ_kinds: tuple[OrganKind, ...]
    default_organ_kind: str
    wordings_longest_first: tuple[str, ...]  # every section wording, squeezed
    tables: TableDefs
    wording_pattern: re.Pattern[str]  # the wordings, longest first
    label_pattern: re.Pattern[str]  # the table labels
    digest: str = ""  # names the files it was read from, as they were (rules validated against it are cached by it)

    def section(self, number: int) -> SectionSpec:
        return next(s for s in self.sections if s.number == number)

    def best_section(self, title: str) -> tuple[SectionSpec | None, float]:
        """The section a level-1 heading's title names, and how surely (None below threshold)."""
        squeezed = squeeze(title)
        best, best_score = None, 0.0
        for spec in self.sections:
            score = spec.score(squeezed)
            if score > best_score:
                best, best_score = spec, score
        if best_score < self.match_threshold:
            return None, best_score
        return best, best_score

    def known_prefix(self, squeezed: str) -> int:
        """Length of the longest section wording that ``squeezed`` starts with (0 if none)."""
        match = self.wording_pattern.match(squeezed)
        return match.end() if match else 0

    def is_table_label(self, squeezed: str) -> bool:
        """Whether a numbered line's text starts with an application-table row label."""
        return self.label_pattern.match(squeezed) is not None

    def may_be_table_label(self, squeezed: str) -> bool:
        """Whether text inside a table starts like a row label, cut short or run together
        with the next cell (``不`` or ``无2.没有…`` from ``（四）无法提供``)."""
        return bool(squeezed) and any(label[0] == squeezed[0] for label in self.table_labels)

    def organ_kind(self, organ: str) -> str:
        organ = squeeze(organ)
        return next((k.kind for k in self.organ_kinds if k.matches(organ)), self.default_organ_kind)


@cache
def load_format(path: Path) -> FormatSpec:
    data = load_validated(path, path.with_name("schema.json"))
    sections = tuple(
        SectionSpec(
            number=s["number"],
            title=s["title"],
            variants=tuple(s.get("variants", ())),
            wordings=tuple(squeeze(w) for w in (s["title"], *s.get("variants", ()))),
            keywords=tuple(squeeze(k) for k in s["keywords"]),
            inferred_from=tuple(squeeze(k) for k in s.get("inferred_from", ())),
        )
        for s in data["sections"]
    )
    tables = load_tables(path.with_name(TABLES_NAME))
    wordings = longest_first({w for s in sections for w in s.wordings})
    return FormatSpec(
        sections=sections,
        match_threshold=data["match_threshold"],
        table_labels=tables.application.labels,
        organ_kinds=tuple(
            OrganKind(k["kind"], tuple(k["suffixes"]), tuple(k.get("excluded_suffixes", ())))
            for k in data["organ_kinds"]
        ),
        default_organ_kind=data["default_organ_kind"],
        wordings_longest_first=wordings,
        tables=tables,
        wording_pattern=_alternatives(wordings),
        label_pattern=_alternatives(tables.application.labels),
        digest=disk_cache.key(path.read_bytes(), path.with_name(TABLES_NAME).read_bytes()),
    )


def _alternatives(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern that matches any of ``words``, the first listed where several do."""
    return re.compile("|".join(map(re.escape, words)) if words else "(?!)")
