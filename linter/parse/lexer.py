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

from linter.core.figures import is_figure
from linter.core.normalize import chinese_numeral_value, squeeze, unspaced
from linter.core.spans import Fragment, Span
from linter.core.width import fold
from linter.format.spec import FormatSpec
from linter.parse.nodes import Heading, TableRow

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
_CELL_GAP = re.compile(r"\s{2,}")
_SENTENCE_END = re.compile(r"[。；;!?]")
_TITLE_STOP = re.compile(r"[。；;:：!?]")
_FIRST_GAP = re.compile(r"\s+\S")
_ENDS_SENTENCE = frozenset("。；;:：!?…")
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
    """One grammar token: its kind and what it carries (a node or a text fragment)."""

    kind: str
    payload: Fragment | Heading | TableRow

    @property
    def span(self) -> Span:
        return self.payload.span


class _Piece:
    """A line, or a part of one, while it is being classified."""

    __slots__ = ("line", "column", "text", "folded", "kind", "payload", "run_in")

    def __init__(self, line: int, column: int, text: str, folded: str, kind: str = "", payload=None):
        self.line = line
        self.column = column  # 1-based column of text[0] in the physical line
        self.text = text  # original characters, no surrounding whitespace
        self.folded = folded  # the same, folded (same length): what patterns match
        self.kind = kind
        self.payload: Fragment | Heading | TableRow | None = payload
        self.run_in: Fragment | None = None  # a sentence after a heading on the same line

    @staticmethod
    def of_line(number: int, line: str) -> _Piece:
        return _Piece(number, 1, line, fold(line))

    def fragment(self, start: int = 0, end: int | None = None) -> Fragment:
        """The original text in ``[start:end)`` without surrounding whitespace."""
        left, right = _strip_bounds(self.folded, start, len(self.folded) if end is None else end)
        return Fragment(self.line, self.column + left, self.text[left:right], self.folded[left:right])

    def sub(self, start: int, end: int) -> _Piece:
        left, right = _strip_bounds(self.folded, start, end)
        return _Piece(self.line, self.column + left, self.text[left:right], self.folded[left:right])

    def as_text(self, kind: str = "TEXT") -> None:
        self.kind, self.payload, self.run_in = kind, self.fragment(), None


def _strip_bounds(folded: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` narrowed to exclude surrounding whitespace."""
    segment = folded[start:end]
    if segment and not segment[0].isspace() and not segment[-1].isspace():
        return start, end
    stripped = segment.lstrip()
    if not stripped:
        return start, start
    return start + len(segment) - len(stripped), start + len(segment.rstrip())


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
        self._join_split_headings(pieces)
        self._mark_title(pieces)
        self._demote_table_debris(pieces)
        return _sequence(pieces)

    # -- lines to pieces -----------------------------------------------------------------

    def _pieces(self, number: int, line: str) -> list[_Piece]:
        if "<!--" in line:  # comments (suppression directives) are not content; blanked, columns kept
            line = _COMMENT.sub(lambda m: " " * len(m.group()), line)
        if not line or line.isspace():
            return []
        piece = _Piece.of_line(number, line).sub(0, len(line))
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
            return [_Piece(number, piece.column, piece.text, folded, "TABLE_ROW", _pipe_row(piece))]
        if (
            folded[0] not in _SPECIAL_START
            and "\t" not in folded
            and "  " not in folded
            and not _MAY_CUT.search(folded, 1)
        ):
            piece.as_text()  # plain narrative, most lines: nothing else it could be
            return [piece]
        parts = self._split_flattened(piece)
        for part in parts:
            if part.folded[0] in _FOOTER_START and _FOOTER.fullmatch(part.folded):
                part.as_text("ARTIFACT")
            elif "\t" in part.text and not self._known_h1(part):
                row = _tab_row(_Piece.of_line(number, line) if len(parts) == 1 else part)  # keep leading empty cells
                if row is not None:
                    part.kind, part.payload = "TABLE_ROW", row
        return parts

    def _split_flattened(self, piece: _Piece) -> list[_Piece]:
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

    def _known_h1(self, piece: _Piece) -> re.Match[str] | None:
        """The numbering of a piece that starts with a section heading the format knows."""
        h1 = _H1.match(piece.folded)
        return h1 if h1 and self.spec.known_prefix(unspaced(piece.folded[h1.end() :])) else None

    def _classify(self, piece: _Piece) -> None:
        folded = piece.folded
        h1 = _H1.match(folded)
        if known := self._known_h1(piece):
            self._heading(piece, 1, known)
        elif (row := _space_row(piece)) is not None:
            piece.kind, piece.payload = "TABLE_ROW", row
        elif h1:
            self._heading(piece, 1, h1)
        elif h2 := _H2.match(folded):
            self._heading(piece, 2, h2)
        elif _ITEM.match(folded):
            piece.as_text("ITEM")
        else:
            piece.as_text()

    def _heading(self, piece: _Piece, level: int, number: re.Match[str]) -> None:
        rest = piece.folded[number.end() :]
        squeezed = unspaced(rest)
        if self.spec.is_table_label(squeezed):
            piece.kind, piece.payload = "TABLE_ROW", _space_row(piece) or _label_row(piece)
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

    def _join_split_headings(self, pieces: list[_Piece]) -> None:
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

    def _mark_title(self, pieces: list[_Piece]) -> None:
        """The report title: the first lines up to one naming 报告, before any heading."""
        content: list[_Piece] = []
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

    def _demote_table_debris(self, pieces: list[_Piece]) -> None:
        """Numbered debris between table rows: an unknown ``三、…`` is text, ``（四）无…`` a row."""
        for index, piece in enumerate(pieces):
            if piece.kind not in ("H1", "H2") or not _in_table_zone(pieces, index):
                continue
            if piece.kind == "H1" and self.spec.best_section(piece.payload.title)[0] is None:
                piece.as_text()
            elif piece.kind == "H2" and self.spec.may_be_table_label(squeeze(piece.payload.title)):
                piece.kind, piece.payload, piece.run_in = "TABLE_ROW", _label_row(piece), None


def _sequence(pieces: list[_Piece]) -> tuple[list[LineToken], list[Fragment]]:
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
        tokens.append(LineToken(kind, piece.payload))
        previous, previous_text = kind, piece.folded
        if piece.run_in is not None:
            tokens.append(LineToken("TEXT", piece.run_in))
            previous, previous_text = "TEXT", piece.run_in.folded
    return tokens, artifacts


# -- helpers ------------------------------------------------------------------------------


def item_label(text: str) -> str:
    """The numbering of an item line: ``1.`` ``2、`` ``（3）`` ``④``."""
    match = _ITEM.match(fold(text))
    return text[: match.end()] if match else ""


def _in_table_zone(pieces: list[_Piece], index: int) -> bool:
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


def _heading(piece: _Piece, level: int, number: re.Match[str], title: Fragment, span: Span) -> Heading:
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


def _cells(piece: _Piece, parts: list[str]) -> list[Fragment]:
    """Cells for ``parts`` of a piece's folded text, found left to right."""
    cells: list[Fragment] = []
    position = 0
    for part in parts:
        start = piece.folded.index(part, position)
        position = start + len(part)
        cells.append(Fragment(piece.line, piece.column + start, piece.text[start:position], part))
    return cells


def _row(cells: list[Fragment], layout: str) -> TableRow:
    filled = [c for c in cells if c.text] or cells
    return TableRow(tuple(cells), layout, Span.cover(filled[0].span, filled[-1].span))


def _tab_row(piece: _Piece) -> TableRow | None:
    cells = _split_cells(piece, "\t", 0, len(piece.text))
    return _row(cells, "tab") if sum(1 for c in cells if c.text) >= 2 else None


def _pipe_row(piece: _Piece) -> TableRow:
    return TableRow(tuple(_split_cells(piece, "|", 1, len(piece.text) - 1)), "pipe", piece.fragment().span)


def _split_cells(piece: _Piece, separator: str, start: int, end: int) -> list[Fragment]:
    """Cells between separators in ``piece.folded[start:end]``, empty ones included."""
    cells: list[Fragment] = []
    while True:
        stop = piece.folded.find(separator, start, end)
        cells.append(piece.fragment(start, end if stop < 0 else stop))
        if stop < 0:
            return cells
        start = stop + 1


def _space_row(piece: _Piece) -> TableRow | None:
    """A row of a table laid out with spaces (``pdftotext -layout``), or None."""
    folded = piece.folded
    parts = _CELL_GAP.split(folded)
    if len(parts) < 2 and not is_figure(folded[:1]):
        return None
    if len(parts) < 2:
        words = folded.split()
        return _row(_cells(piece, words), "space") if len(words) >= 3 and all(map(is_figure, words)) else None
    words = [p for p in parts if not is_figure(p)]
    if any(_SENTENCE_END.search(w) for w in words):
        return None
    has_number = len(words) < len(parts)
    if (has_number and all(len(unspaced(w)) <= 40 for w in words)) or (all(len(unspaced(p)) <= 12 for p in parts)):
        return _row(_cells(piece, parts), "space")
    return None


def _label_row(piece: _Piece) -> TableRow:
    """A numbered application-table label on a line of its own."""
    fragment = piece.fragment()
    return TableRow((fragment,), "label", fragment.span)
