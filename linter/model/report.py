"""Stage 4: the AST understood as a report.

Which heading is which of the six required sections (by wording, not by number), who
the organ is and of what kind, which year the report is for (a vote of the title,
the statistical period and the body, unless ``--year`` says), the statistical
period, and the publication date. Rules read this model, never the raw text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Literal

from linter.core.normalize import Compact, year_from_digits
from linter.core.record import Record
from linter.core.spans import Fragment, Span
from linter.format.spec import FormatSpec
from linter.model.line_names import LineNames
from linter.model.sections import Node, SectionMatch, match_sections, node_fragments
from linter.model.tables import Tables
from linter.parse.nodes import Document, Heading, Paragraph, Table
from linter.readers.source import Place

if TYPE_CHECKING:  # a check without --roster (every check) does without the roster module
    from linter.model.roster import Roster

_YEAR = r"(\d{4}|[〇零一二三四五六七八九]{4})年"
_TITLE_YEAR = re.compile(_YEAR)
_ORGAN = re.compile(rf"^(?P<before>.*?){_YEAR}度?(?P<after>.*?)(?:政府信息公开|政务公开|信息公开)")
_ORGAN_WITHOUT_YEAR = re.compile(r"^(?P<before>.+?)(?:政府信息公开|政务公开|信息公开)")
# A crawler's label before the title (``标题: 某某局2019年度…``): not part of the organ's name.
_TITLE_LABEL = re.compile(r"^(?:标题|题目|名称)[:：]")
_PERIOD = re.compile(
    rf"统计(?:期限|周期|时限|时间|区间|期间|范围|期)?[^。\d]{{0,8}}?{_YEAR}(\d{{1,2}})月(\d{{1,2}})日起?"
    rf"(?:至|到|-|—|~|～)(?:{_YEAR})?(\d{{1,2}})月(\d{{1,2}})日"
)
_PERIOD_YEAR_ONLY = re.compile(
    rf"统计(?:期限|周期|时限|时间|区间|期间|范围|期)[^。\d]{{0,8}}?{_YEAR}(?:度|全年|1-12月)"
)
_BODY_YEAR = re.compile(rf"{_YEAR}度?(?:政府信息公开|政务公开)(?:工作)?(?:年度)?(?:情况|报告)")
_OPENING_YEAR = re.compile(rf"^{_YEAR}度?[,，]")
_CITED = re.compile(r"《[^《》]*》")  # the title of a cited document: its year is not the report's
_PUBLISHED = re.compile(r"(?:发布日期|公开日期|发布时间|发文日期)[:：]?(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})")
_METADATA_DATE = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})")
_METADATA_DATE_KEYS = ("公开日期", "发布日期", "发布时间")
_METADATA_ORGAN_KEY = "发布机构"


class Options(Record):
    """Facts the text may not state, given on the command line."""

    year: int | None = None
    published: dt.date | None = None
    # A reviewer's roster (see roster.py): which organs are expected, and the kind it
    # gives an organ, which then overrides what its name suggests. None: no roster.
    roster: Roster | None = None


NO_OPTIONS = Options()


class YearMention(Record):
    year: int
    span: Span
    source: Literal["title", "period", "body"]


class TitleInfo(Record):
    text: str
    span: Span
    organ: str | None
    year: YearMention | None


class Period(Record):
    start: tuple[int, int, int]  # (year, month, day)
    end: tuple[int, int, int] | None  # None when only a year is stated
    span: Span


class Published(Record):
    date: dt.date
    span: Span | None  # None when given with --published or by the page's metadata


class ReportModel(Record):
    document: Document
    spec: FormatSpec
    options: Options
    title: TitleInfo | None
    organ: str | None  # as the title names it, else as the page's metadata (发布机构) does
    organ_kind: str | None  # None when neither names an organ
    sections: tuple[SectionMatch, ...]  # in the format's order
    report_year: int | None
    year_mentions: tuple[YearMention, ...]  # title, period and body, where stated
    period: Period | None
    published: Published | None
    nodes: tuple[Node, ...]
    text: Compact  # the report's running text (all but the tables), squeezed, with positions
    tables: Tables  # the standard tables, read when a rule first asks
    lines: LineNames = LineNames()  # how messages name the report's lines

    def section(self, number: int) -> SectionMatch:
        return next(s for s in self.sections if s.spec.number == number)

    @property
    def format_version(self) -> str | None:
        """The national format the report year calls for: "2019", "2021", or None."""
        return format_version(self.report_year)

    @property
    def level1_headings(self) -> tuple[Heading, ...]:
        return tuple(s.heading for s in self.document.sections)


def format_version(year: int | None) -> str | None:
    if year is None or year < 2019:
        return None
    return "2019" if year < 2021 else "2021"


def _running_text(document: Document) -> Iterator[Fragment]:
    """The text outside tables: what periods, dates, phrases and stated figures are in."""
    yield from document.front
    if document.title is not None:
        yield from document.title.fragments
    for node in document.walk():
        if not isinstance(node, Table):
            yield from node_fragments(node)


def build_model(
    document: Document,
    spec: FormatSpec,
    options: Options = NO_OPTIONS,
    metadata: Mapping[str, str] | None = None,
    places: tuple[Place, ...] = (),
) -> ReportModel:
    nodes = tuple(document.walk())
    text = Compact.of(_running_text(document))
    title = _title_info(document)
    sections = match_sections(document, spec, nodes)
    period = _period(text)
    mentions = _year_mentions(title, period, sections[0] if sections else None, document)
    metadata = metadata or {}
    organ = title.organ if title and title.organ else metadata.get(_METADATA_ORGAN_KEY) or None
    year = options.year if options.year is not None else _vote(mentions)
    return ReportModel(
        document=document,
        spec=spec,
        options=options,
        title=title,
        organ=organ,
        organ_kind=_organ_kind(organ, spec, options.roster),
        sections=sections,
        report_year=year,
        year_mentions=mentions,
        period=period,
        published=_published(text, options, metadata),
        nodes=nodes,
        text=text,
        tables=Tables(spec.tables, sections, format_version(year)),
        lines=LineNames(places),
    )


# -- title and organ --------------------------------------------------------------------------


def _organ_kind(organ: str | None, spec: FormatSpec, roster: Roster | None) -> str | None:
    """What the roster says the organ is, else what its name suggests; None with no organ."""
    if not organ:
        return None
    return (roster.kind_of(organ) if roster else None) or spec.organ_kind(organ)


def _title_info(document: Document) -> TitleInfo | None:
    if document.title is None:
        return None
    compact = Compact.of(document.title.fragments)
    year_match = _TITLE_YEAR.search(compact.text)
    year = None
    if year_match and (value := year_from_digits(year_match.group(1))):
        year = YearMention(value, compact.span(*year_match.span(1)), "title")
    organ = None
    if organ_match := _ORGAN.search(compact.text):
        organ = organ_match.group("after") or organ_match.group("before") or None
    elif organ_match := _ORGAN_WITHOUT_YEAR.search(compact.text):
        organ = organ_match.group("before")
    organ = _TITLE_LABEL.sub("", organ) if organ else organ
    return TitleInfo(document.title.text, document.title.span, organ or None, year)


# -- years and dates ----------------------------------------------------------------------------


def _period(compact: Compact) -> Period | None:
    if match := _PERIOD.search(compact.text):
        start_year = year_from_digits(match.group(1))
        end_year = year_from_digits(match.group(4)) if match.group(4) else start_year
        start = (start_year, int(match.group(2)), int(match.group(3)))
        end = (end_year, int(match.group(5)), int(match.group(6)))
        return Period(start, end, compact.span(match.start(1), match.end()))
    if match := _PERIOD_YEAR_ONLY.search(compact.text):
        year = year_from_digits(match.group(1))
        return Period((year, 1, 1), None, compact.span(match.start(1), match.end()))
    return None


def _year_mentions(
    title: TitleInfo | None, period: Period | None, overview: SectionMatch | None, document: Document
) -> tuple[YearMention, ...]:
    mentions = []
    if title and title.year:
        mentions.append(title.year)
    if period:
        mentions.append(YearMention(period.start[0], period.span, "period"))
    mentions.extend(_body_years(document, overview))
    return tuple(mentions)


def _body_years(document: Document, overview: SectionMatch | None) -> Iterator[YearMention]:
    """Where the preamble or the start of 一、总体情况 names the year being reported on."""
    opening: list[Node] = list(document.preamble.walk())
    if overview is not None and overview.present:
        if first := next((n for n in overview.nodes if isinstance(n, Paragraph)), None):
            opening.append(first)
            compact = Compact.of(first.fragments)
            if match := _OPENING_YEAR.match(compact.text):
                yield YearMention(year_from_digits(match.group(1)), compact.span(*match.span(1)), "body")
    for node in opening:
        compact = Compact.of(node_fragments(node))
        cited = [m.span() for m in _CITED.finditer(compact.text)] if "《" in compact.text else []
        for match in _BODY_YEAR.finditer(compact.text):
            if any(start < match.start() < end for start, end in cited):
                continue
            yield YearMention(year_from_digits(match.group(1)), compact.span(*match.span(1)), "body")


def _vote(mentions: Iterable[YearMention]) -> int | None:
    """The report year: the majority of title, period and body (the body votes once)."""
    by_source: dict[str, list[int]] = {}
    for mention in mentions:
        by_source.setdefault(mention.source, []).append(mention.year)
    votes = [years[0] for source, years in by_source.items() if source != "body"]
    if "body" in by_source:
        body = Counter(by_source["body"])
        votes.append(max(body, key=body.__getitem__))  # as most_common(1), without importing heapq
    if not votes:
        return None
    counts = Counter(votes).most_common()
    if len(counts) > 1 and counts[0][1] == counts[1][1]:
        return votes[0]  # a tie: the title, else the period, is taken at its word
    return counts[0][0]


def _published(compact: Compact, options: Options, metadata: Mapping[str, str]) -> Published | None:
    if options.published is not None:
        return Published(options.published, None)
    for key in _METADATA_DATE_KEYS:
        if (match := _METADATA_DATE.search(metadata.get(key, ""))) and (date := _date(*match.groups())):
            return Published(date, None)
    if (match := _PUBLISHED.search(compact.text)) and (date := _date(*match.groups())):
        return Published(date, compact.span(match.start(), match.end()))
    return None


def _date(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
