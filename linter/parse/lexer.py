"""Stage 2: physical lines → line tokens, the alphabet of ``grammar/report.lark``.

Each non-blank line becomes a token: FRONT (lines before the title), TITLE, H1
(``一、``), H2 (``（一）``), ITEM (``1.`` ``1、`` ``（1）``), TEXT / TEXT_CONT (a
paragraph's first / following lines), TABLE_ROW / TABLE_ROW_CONT (a table's first /
following rows). Blank lines, page footers (``-1-``) and Markdown table rules are not
tokens; they only decide where paragraphs break, and are kept as artifacts.

Real text is damaged, so a line may give several tokens: a heading carries its first
sentence (``（一）主动公开情况。主要通过…``), or a crawler flattened a page into one
line. Numbered lines that are rows of the application table (``一、本年新收…``,
``（三）不予公开``) are rows, never headings; an unknown ``三、…`` stranded between
table rows is debris, not a section.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from linter.core.normalize import chinese_numeral_value, squeeze, unspaced
from linter.core.spans import Fragment, Span
from linter.core.width import fold
from linter.format.spec import FormatSpec
from linter.parse import lines, rows
from linter.parse.lines import Line
from linter.parse.nodes import Heading, TableRow
from linter.parse.pieces import Piece

_NUMERAL = "[一二三四五六七八九十]{1,3}"
_H1 = re.compile(rf"({_NUMERAL})\s*[、,.]\s*")
_H2 = re.compile(rf"\(\s*({_NUMERAL})\s*\)\s*[、.]?\s*")
_ITEM = re.compile(r"\d{1,2}\s*[.、](?!\d)|\(\d{1,2}\)|[\u2460-\u2473]")
_FOOTER = re.compile(r"[-—–]{1,2}\s*\d{1,3}\s*[-—–]{1,2}|第\s*\d{1,3}\s*页(?:\s*[,/]?\s*共\s*\d{1,3}\s*页)?")
_TABLE_RULE = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?")
_MARKUP = re.compile(r"#{1,6}\s+|>\s*|\*\*")
_COMMENT = re.compile(r"<!--.*?-->")
_MARKUP_START = frozenset("#>*")
_RULE_START = frozenset("|:-")
_FOOTER_START = frozenset("-—–第")
# A line starting with none of these, without tabs, wide gaps or cut points, is plain text.
_SPECIAL_START = frozenset("一二三四五六七八九十(0123456789#>*|:-—–第") | {chr(c) for c in range(0x2460, 0x2474)}
_TITLE_STOP = re.compile(r"[。；;:：!?]")
_FIRST_GAP = re.compile(r"\s+\S")
_ENDS_SENTENCE = frozenset("。；;:：!?…")
_COUNTED = frozenset("年月日号时件个条项次人户家名份余多万元%")  # what follows a figure in a sentence
_READ_KINDS = frozenset({"TEXT", "TEXT_CONT", "ITEM"})
_CLOSERS = "”’」』)）》】\"' "
_MID_H1 = re.compile(rf"(?<=[。!?\s\d)）”])({_NUMERAL})\s*[、,.]")
_LIST_SEPARATORS = frozenset("；;、,。:")
_MID_H2 = re.compile(rf"(?<=[。；;!?])\s*\(\s*{_NUMERAL}\s*\)")
_INLINE_FOOTER = re.compile(r"(?<=\s)[-—–]{1,2}\s*\d{1,3}\s*[-—–]{1,2}(?=\s|$)")
_MAY_CUT = re.compile(rf"{_NUMERAL}\s*[、,.]|\(\s*{_NUMERAL}|\s[-—–]")  # before the three scans
_TITLEISH = re.compile(r"\d{4}年|[〇零一二三四五六七八九]{4}年|政府信息公开|政务公开")
_ORGAN_END = (
    "政府",
    "局",
    "委",
    "办",
    "厅",
    "院",
    "会",
    "中心",
    "所",
    "处",
    "室",
    "站",
    "街道",
    "镇",
    "乡",
    "县",
    "区",
    "市",
    "省",
    "旗",
    "州",
    "盟",
)

MAX_H1_TITLE = 30  # longer "一、…" lines are numbered sentences, not headings
MAX_TITLE_LINE = 40
TITLE_SEARCH_LINES = 8
TABLE_ZONE_LINES = 10
TABLE_ZONE_BEFORE = 3


class LineToken(NamedTuple):
    """One grammar token: its kind and what it carries (a node or a text fragment); a
    line of a paragraph or an item carries its reading too."""

    kind: str
    payload: Fragment | Heading | TableRow
    reading: Line | None = None

    @property
    def span(self) -> Span:
        return self.payload.span


class Lexer:
    """Classifies lines using the format's vocabulary (section wordings, table labels)."""

    def __init__(self, spec: FormatSpec):
        self.spec = spec

    def tokens(self, lines: list[str]) -> tuple[list[LineToken], list[Fragment]]:
        """Grammar tokens in document order, and the artifacts left out of them."""
        pieces = [piece for number, line in enumerate(lines, 1) for piece in self._pieces(number, line)]
        for piece in pieces:
            if not piece.kind:
                self._classify(piece)
        _settle_word_rows(pieces)
        self._join_split_headings(pieces)
        self._mark_title(pieces)
        self._demote_table_debris(pieces)
        return _sequence(pieces)

    # -- lines to pieces -----------------------------------------------------------------

    def _pieces(self, number: int, line: str) -> list[Piece]:
        if "<!--" in line:  # comments (suppression directives) are not content; blanked, columns kept
            line = _COMMENT.sub(lambda m: " " * len(m.group()), line)
        if not line or line.isspace():
            return []
        piece = Piece.of_line(number, line).sub(0, len(line))
        while (
            piece.folded[:1] in _MARKUP_START
            and (markup := _MARKUP.match(piece.folded))
            and markup.end() < len(piece.text)
        ):
            piece = piece.sub(markup.end(), len(piece.text) - (2 if piece.text.endswith("**") else 0))
        folded = piece.folded
        if not folded:
            return []
        if folded[0] in _RULE_START and _TABLE_RULE.fullmatch(folded):
            piece.as_text("ARTIFACT")
            return [piece]
        if folded[0] == "|" and folded[-1] == "|" and len(folded) > 1:
            return [Piece(number, piece.column, piece.text, folded, "TABLE_ROW", rows.pipe_row(piece))]
        if (
            folded[0] not in _SPECIAL_START
            and "\t" not in folded
            and "  " not in folded
            and not _MAY_CUT.search(folded, 1)
        ):
            _text_or_row(piece)  # plain narrative, most lines, or words and figures
            return [piece]
        parts = self._split_flattened(piece)
        for part in parts:
            if part.folded[0] in _FOOTER_START and _FOOTER.fullmatch(part.folded):
                part.as_text("ARTIFACT")
            elif "\t" in part.text and not self._known_h1(part):
                row = rows.tab_row(Piece.of_line(number, line) if len(parts) == 1 else part)  # keep leading empty cells
                if row is not None:
                    part.as_row(row)
        return parts

    def _split_flattened(self, piece: Piece) -> list[Piece]:
        """Cut a line before headings a crawler ran into the text, and around page footers in it."""
        folded = piece.folded
        if not _MAY_CUT.search(folded, 1):
            return [piece]
        cuts = {m.start() for m in _MID_H1.finditer(folded) if self._heading_follows(folded[m.end() :])}
        cuts |= {m.start() for m in _MID_H2.finditer(folded)}
        for footer in _INLINE_FOOTER.finditer(folded):
            cuts |= {footer.start(), footer.end()}
        parts, start = [], 0
        for cut in sorted(cuts - {0, len(folded)}):
            if folded[start:cut].strip():
                parts.append(piece.sub(start, cut))
            start = cut
        parts.append(piece.sub(start, len(piece.text)) if start else piece)
        return parts

    def _heading_follows(self, text: str) -> bool:
        """Whether a section's wording starts ``text`` as a heading, not as an item of a list
        (``包括：一、总体情况；二、…；三、…。`` names the sections, it does not start them)."""
        squeezed = unspaced(text)
        known = self.spec.known_prefix(squeezed)
        return bool(known) and squeezed[known : known + 1] not in _LIST_SEPARATORS

    # -- one piece -----------------------------------------------------------------------

    def _known_h1(self, piece: Piece) -> re.Match[str] | None:
        """The numbering of a piece that starts with a section heading the format knows."""
        h1 = _H1.match(piece.folded)
        return h1 if h1 and self.spec.known_prefix(unspaced(piece.folded[h1.end() :])) else None

    def _classify(self, piece: Piece) -> None:
        folded = piece.folded
        h1 = _H1.match(folded)
        if known := self._known_h1(piece):
            self._heading(piece, 1, known)
        elif (row := rows.space_row(piece)) is not None:
            piece.as_row(row)
        elif h1:
            self._heading(piece, 1, h1)
        elif h2 := _H2.match(folded):
            self._heading(piece, 2, h2)
        elif _ITEM.match(folded):
            piece.as_text("ITEM")
        else:
            _text_or_row(piece)

    def _heading(self, piece: Piece, level: int, number: re.Match[str]) -> None:
        rest = piece.folded[number.end() :]
        squeezed = unspaced(rest)
        if self.spec.is_table_label(squeezed):
            piece.as_row(rows.space_row(piece) or rows.label_row(piece))
        elif not squeezed:
            piece.as_text("H1?" if level == 1 else "TEXT")
        else:
            title_end, heading_end = (number.end() + offset for offset in self._title_bounds(rest))
            title = piece.fragment(number.end(), title_end)
            if level == 1 and len(unspaced(title.folded)) > MAX_H1_TITLE:
                piece.as_text()
                return
            piece.kind = f"H{level}"
            piece.payload = _heading(piece, level, number, title, piece.fragment(0, heading_end).span)
            if squeeze(piece.text[heading_end:]):
                piece.run_in = piece.fragment(heading_end)

    def _title_bounds(self, rest: str) -> tuple[int, int]:
        """Where the title ends in the text after the numbering, and where the heading ends."""
        end = _index_after(rest, self.spec.known_prefix(unspaced(rest)))
        if not end:
            lead = len(rest) - len(rest.lstrip())
            gap = _FIRST_GAP.search(rest, lead)
            if gap and self.spec.best_section(rest[lead : gap.start()])[0] is not None:
                end = gap.start()
            elif stop := _TITLE_STOP.search(rest):
                return stop.start(), stop.end()
            else:
                return len(rest), len(rest)
        stop = re.match(r"\s*[。.:：]", rest[end:])
        return end, end + (stop.end() if stop else 0)

    # -- passes over the document ----------------------------------------------------------

    def _join_split_headings(self, pieces: list[Piece]) -> None:
        """``三、`` alone with its title on the next line is one heading; otherwise text."""
        for index, piece in enumerate(pieces):
            if piece.kind != "H1?":
                continue
            after = pieces[index + 1] if index + 1 < len(pieces) else None
            if after is None or after.kind != "TEXT" or self.spec.best_section(after.text)[0] is None:
                piece.as_text()
                continue
            number = _H1.match(piece.folded)
            title = after.fragment()
            piece.kind = "H1"
            piece.payload = _heading(piece, 1, number, title, Span.cover(piece.fragment().span, title.span))
            after.kind = "JOINED"

    def _mark_title(self, pieces: list[Piece]) -> None:
        """The report title: the first lines up to one naming 报告, before any heading."""
        content: list[Piece] = []
        for piece in pieces:
            if piece.kind in ("H1", "H2") or len(content) == TITLE_SEARCH_LINES:
                break
            if piece.kind != "ARTIFACT":
                content.append(piece)
        start = next((i for i, p in enumerate(content) if p.kind == "TEXT" and _titleish(p.text)), None)
        if start is None:
            return
        for end in range(start, min(start + 3, len(content))):
            line = content[end]
            if line.kind != "TEXT" or len(squeeze(line.text)) > MAX_TITLE_LINE:
                return
            if "报告" in line.text or "年报" in line.text:
                for front in content[:start]:
                    front.as_text("FRONT")
                for title in content[start : end + 1]:
                    title.kind = "TITLE"
                return

    def _demote_table_debris(self, pieces: list[Piece]) -> None:
        """Numbered debris between table rows: an unknown ``三、…`` is text, ``（四）无…`` a row."""
        for index, piece in enumerate(pieces):
            if piece.kind not in ("H1", "H2") or not _in_table_zone(pieces, index):
                continue
            if piece.kind == "H1" and self.spec.best_section(piece.payload.title)[0] is None:
                piece.as_text()
            elif piece.kind == "H2" and self.spec.may_be_table_label(squeeze(piece.payload.title)):
                piece.as_row(rows.label_row(piece))


def _settle_word_rows(pieces: list[Piece]) -> None:
    """Words and figures are a row (``行政许可 12``) unless the next line goes on with what
    the figure counts: then they are a sentence broken off (``统计期限为 2025`` / ``年1月1日…``)."""
    content = [p for p in pieces if p.kind != "ARTIFACT"]
    for index, piece in enumerate(content):
        if piece.kind != "ROW?":
            continue
        after = content[index + 1] if index + 1 < len(content) else None
        if after is not None and after.folded[0] in _COUNTED and after.kind in ("TEXT", "ROW?"):
            reading = piece.reading
            piece.as_text()
            piece.reading = reading
        else:
            piece.as_row(piece.payload)


def _sequence(pieces: list[Piece]) -> tuple[list[LineToken], list[Fragment]]:
    """Final token kinds: paragraph and table continuations, run-in sentences."""
    tokens: list[LineToken] = []
    artifacts: list[Fragment] = []
    previous, previous_text = "", ""
    for piece in pieces:
        kind = piece.kind
        if kind == "ARTIFACT":
            artifacts.append(piece.payload)
            continue
        if kind == "JOINED":
            continue
        if kind == "TEXT" and previous in ("TEXT", "TEXT_CONT", "ITEM") and not _ends_sentence(previous_text):
            kind = "TEXT_CONT"
        elif kind == "TABLE_ROW" and previous in ("TABLE_ROW", "TABLE_ROW_CONT"):
            kind = "TABLE_ROW_CONT"
        reading = (piece.reading or _read(piece.payload)) if kind in _READ_KINDS else None
        tokens.append(LineToken(kind, piece.payload, reading))
        previous, previous_text = kind, piece.folded
        if piece.run_in is not None:
            tokens.append(LineToken("TEXT", piece.run_in, _read(piece.run_in)))
            previous, previous_text = "TEXT", piece.run_in.folded
    return tokens, artifacts


# -- helpers ------------------------------------------------------------------------------


def _read(fragment: Fragment) -> Line:
    """The reading of a line of text (one cell)."""
    return lines.read(fragment.line, (fragment,), False, False)


def _text_or_row(piece: Piece) -> None:
    """A line of text; or, when its words are a label and figures (``行政许可 12``), maybe a row."""
    piece.as_text()
    if " " in piece.folded:
        reading = _read(piece.payload)
        if (row := rows.word_row(reading)) is not None:
            piece.kind, piece.payload = "ROW?", row  # settled by its neighbours
        piece.reading = reading


def item_label(text: str) -> str:
    """The numbering of an item line: ``1.`` ``2、`` ``（3）`` ``④``."""
    match = _ITEM.match(fold(text))
    return text[: match.end()] if match else ""


def _in_table_zone(pieces: list[Piece], index: int) -> bool:
    """Whether table rows come shortly before and after ``pieces[index]``
    (labels split over lines leave a few lines of text between rows)."""
    before = [p for p in pieces[max(0, index - TABLE_ZONE_LINES) : index] if p.kind != "ARTIFACT"]
    after = pieces[index + 1 : index + 1 + TABLE_ZONE_LINES]
    return any(p.kind == "TABLE_ROW" for p in before[-TABLE_ZONE_BEFORE:]) and any(p.kind == "TABLE_ROW" for p in after)


def _index_after(text: str, count: int) -> int:
    """Index just after the ``count``-th non-space character of ``text`` (0 if count is 0)."""
    seen = 0
    for index, char in enumerate(text):
        if count and not char.isspace():
            seen += 1
            if seen == count:
                return index + 1
    return 0


def _titleish(text: str) -> bool:
    squeezed = squeeze(text)
    return bool(_TITLEISH.search(squeezed)) or squeezed.endswith(_ORGAN_END)


def _ends_sentence(folded: str) -> bool:
    trimmed = folded.rstrip(_CLOSERS)
    return bool(trimmed) and trimmed[-1] in _ENDS_SENTENCE


def _heading(piece: Piece, level: int, number: re.Match[str], title: Fragment, span: Span) -> Heading:
    marks = piece.text[: number.end()]
    if level == 1:
        brackets = "none"
    elif "（" in marks and "）" in marks:
        brackets = "full"
    elif "(" in marks and ")" in marks:
        brackets = "half"
    else:
        brackets = "mixed"
    numeral = number.group(1)
    marker = piece.fragment(0, number.end())
    return Heading(
        level=level,
        numeral=numeral,
        number=chinese_numeral_value(numeral) or 0,
        brackets=brackets,
        marker=marker.text,
        number_span=marker.span,
        title=title.text,
        title_fragments=(title,) if title.text else (),
        span=span,
    )
