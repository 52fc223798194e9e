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

from linter.core.comments import blank_comments
from linter.core.normalize import unspaced
from linter.core.spans import Fragment
from linter.core.width import fold
from linter.format.spec import FormatSpec
from linter.parse import passes, rows
from linter.parse.numbering import H1, H2, ITEM, NUMERAL, heading
from linter.parse.page_cuts import BRACKETED, after_stop, sequenced_h2_cuts
from linter.parse.pieces import Piece
from linter.parse.tokens import LineToken, read_text, sequence

_FOOTER = re.compile(r"[-—–]{1,2}\s*\d{1,3}\s*[-—–]{1,2}|第\s*\d{1,3}\s*页(?:\s*[,/]?\s*共\s*\d{1,3}\s*页)?")
_TABLE_RULE = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?")
_MARKUP = re.compile(r"#{1,6}\s+|>\s*|\*\*")
_MARKUP_START = frozenset("#>*")
_RULE_START = frozenset("|:-")
_FOOTER_START = frozenset("-—–第")
# A line starting with none of these, without tabs, wide gaps or cut points, is plain text.
_SPECIAL_START = frozenset("一二三四五六七八九十(0123456789#>*|:-—–第") | {chr(c) for c in range(0x2460, 0x2474)}
_TITLE_STOP = re.compile(r"[。；;:：!?]")
_TITLE_END = re.compile(r"\s*[。.:：]")  # what closes a known section wording
_FIRST_GAP = re.compile(r"\s+\S")
# A heading a crawler ran on after anything (``…1018703元三、收到…`` ``…年度报告一、总体情况``),
# not inside a numeral or ``第…``; only section wordings the format knows are cut at.
# (The look-behind comes after the first numeral, so that the search skips straight to numerals.)
_DIGIT = NUMERAL.partition("{")[0]  # one character of a numeral
_MID_H1 = re.compile(rf"({_DIGIT}(?<![一二三四五六七八九十第]{_DIGIT}){_DIGIT}{{0,2}})\s*[、,.]")
_LIST_SEPARATORS = frozenset("；;、,。:")
_INLINE_FOOTER = re.compile(r"(?<=\s)[-—–]{1,2}\s*\d{1,3}\s*[-—–]{1,2}(?=\s|$)")
# Before the three scans: ``{NUMERAL}\s*[、,.]|\(\s*{NUMERAL}|\s[-—–]``, written to start with one
# character class (which the look-behinds then tell apart), so that a search skips at C speed
# to the characters that can start a match instead of trying the three at every character.
_MAY_CUT = re.compile(rf"[{_DIGIT[1:-1]}(\s](?:(?<={_DIGIT}){_DIGIT}{{0,2}}\s*[、,.]|(?<=\()\s*{NUMERAL}|(?<=\s)[-—–])")
MAX_H1_TITLE = 30  # longer "一、…" lines are numbered sentences, not headings


class Lexer:
    """Classifies lines using the format's vocabulary (section wordings, table labels)."""

    def __init__(self, spec: FormatSpec):
        self.spec = spec
        # What a wording or a label is matched against: no more of a line than the
        # longest of them and the character after it (a crawler's one-line page is long).
        self._head_length = 1 + max(map(len, (*spec.wordings_longest_first, *spec.table_labels)))

    def tokens(self, lines: list[str]) -> tuple[list[LineToken], list[Fragment]]:
        """Grammar tokens in document order, and the artifacts left out of them."""
        pieces = [piece for number, line in enumerate(lines, 1) for piece in self._pieces(number, line)]
        for piece in pieces:
            if not piece.kind:
                self._classify(piece)
        passes.settle_word_rows(pieces)
        passes.join_split_headings(pieces, self.spec)
        passes.mark_title(pieces)
        passes.demote_table_debris(pieces, self.spec)
        return sequence(pieces)

    # -- lines to pieces -----------------------------------------------------------------

    def _pieces(self, number: int, line: str) -> list[Piece]:
        if not line or line.isspace():  # blank: nothing to fold
            return []
        if "<!--" in line:  # comments (suppression directives) are not content; blanked, columns kept
            line = blank_comments(line)
        whole = fold(line)
        text = whole.strip()
        if not text:
            return []
        left = len(whole) - len(whole.lstrip())
        piece = Piece(number, 1 + left, line[left : left + len(text)], text)
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
        may_cut = _MAY_CUT.search(folded, 1) is not None
        if not may_cut and folded[0] not in _SPECIAL_START and "\t" not in folded and "  " not in folded:
            _text_or_row(piece)  # plain narrative, most lines, or words and figures
            return [piece]
        parts = self._split_flattened(piece) if may_cut else [piece]
        for part in parts:
            if part.folded[0] in _FOOTER_START and _FOOTER.fullmatch(part.folded):
                part.as_text("ARTIFACT")
            elif "\t" in part.text and not self._known_h1(part):
                if len(parts) == 1:  # the whole line, leading tabs and all: they are empty cells
                    row = rows.tab_row(number, 1, line, whole)
                else:
                    row = rows.tab_row(number, part.column, part.text, part.folded)
                if row is not None:
                    part.as_row(row)
        return parts

    def _split_flattened(self, piece: Piece) -> list[Piece]:
        """Cut a line before headings a crawler ran into the text, and around page footers in it."""
        folded = piece.folded
        h1s = [m for m in _MID_H1.finditer(folded) if self._heading_follows(folded, m.end())]
        if (first := H1.match(folded)) and self._heading_follows(folded, first.end()):
            h1s.insert(0, first)
        cuts = {m.start() for m in h1s}
        brackets = list(BRACKETED.finditer(folded)) if "(" in folded else []
        after_stops = {m.start() for m in brackets if after_stop(folded, m.start())}
        cuts |= after_stops | {cut for m in h1s if (cut := self._glued_h2(folded, m.end()))}
        cuts |= sequenced_h2_cuts(folded, (m.start() for m in h1s), brackets, after_stops, self._table_label_starts)
        if "-" in folded or "—" in folded or "–" in folded:  # what every footer has, and most lines lack
            for footer in _INLINE_FOOTER.finditer(folded):
                cuts |= {footer.start(), footer.end()}
        parts, start = [], 0
        for cut in sorted(cuts - {0, len(folded)}):
            if folded[start:cut].strip():
                parts.append(piece.sub(start, cut))
            start = cut
        parts.append(piece.sub(start, len(piece.text)) if start else piece)
        return parts

    def _table_label_starts(self, squeezed: str) -> bool:
        return self.spec.is_table_label(squeezed)

    def _glued_h2(self, folded: str, start: int) -> int:
        """Where a ``（一）`` starts that runs straight on from the section wording at
        ``folded[start:]`` (``五、存在的主要问题及改进情况（一）主要问题``), else 0."""
        window = folded[start : start + 4 * self._head_length]  # not the rest of a one-line page
        end = start + _index_after(window, self.spec.known_prefix(self._head(folded, start)))
        return end if end > start and H2.match(folded, end) else 0

    def _heading_follows(self, folded: str, start: int) -> bool:
        """Whether a section's wording starts ``folded[start:]`` as a heading, not as an item of a list
        (``包括：一、总体情况；二、…；三、…。`` names the sections, it does not start them)."""
        squeezed = self._head(folded, start)
        known = self.spec.known_prefix(squeezed)
        return bool(known) and squeezed[known : known + 1] not in _LIST_SEPARATORS

    # -- one piece -----------------------------------------------------------------------

    def _known_h1(self, piece: Piece) -> re.Match[str] | None:
        """The numbering of a piece that starts with a section heading the format knows."""
        h1 = H1.match(piece.folded)
        return h1 if h1 and self.spec.known_prefix(self._head(piece.folded, h1.end())) else None

    def _head(self, folded: str, start: int) -> str:
        """The first non-space characters of ``folded[start:]``, as many as a match needs."""
        need = self._head_length
        end = start + 2 * need
        while len(head := unspaced(folded[start:end])) < need and end < len(folded):
            end += 4 * need
        return head[:need]

    def _classify(self, piece: Piece) -> None:
        folded = piece.folded
        h1 = H1.match(folded)
        if known := self._known_h1(piece):
            self._heading(piece, 1, known)
        elif (row := rows.space_row(piece)) is not None:
            piece.as_row(row)
        elif h1:
            self._heading(piece, 1, h1)
        elif h2 := H2.match(folded):
            self._heading(piece, 2, h2)
        elif ITEM.match(folded):
            piece.as_text("ITEM")
        else:
            _text_or_row(piece)

    def _heading(self, piece: Piece, level: int, number: re.Match[str]) -> None:
        rest = piece.folded[number.end() :]
        squeezed = self._head(rest, 0)
        if self.spec.is_table_label(squeezed):
            piece.as_row(rows.space_row(piece) or rows.label_row(piece))
        elif not squeezed:
            piece.as_text("H1?" if level == 1 else "TEXT")
        else:
            title_end, heading_end = (number.end() + offset for offset in self._title_bounds(rest, squeezed))
            title = piece.fragment(number.end(), title_end)
            if level == 1 and len(unspaced(title.folded)) > MAX_H1_TITLE:
                piece.as_text()
                return
            piece.kind = f"H{level}"
            piece.payload = heading(piece, level, number, title, piece.fragment(0, heading_end).span)
            if (run_in := piece.folded[heading_end:]) and not run_in.isspace():
                piece.run_in = piece.fragment(heading_end)

    def _title_bounds(self, rest: str, head: str) -> tuple[int, int]:
        """Where the title ends in the text after the numbering (whose first characters,
        squeezed, are ``head``), and where the heading ends."""
        end = _index_after(rest, self.spec.known_prefix(head))
        if not end:
            lead = len(rest) - len(rest.lstrip())
            gap = _FIRST_GAP.search(rest, lead)
            if gap and self.spec.best_section(rest[lead : gap.start()])[0] is not None:
                end = gap.start()
            elif stop := _TITLE_STOP.search(rest):
                return stop.start(), stop.end()
            else:
                return len(rest), len(rest)
        stop = _TITLE_END.match(rest, end)
        return end, stop.end() if stop else end


# -- helpers ------------------------------------------------------------------------------


def _text_or_row(piece: Piece) -> None:
    """A line of text; or, when its words are a label and figures (``行政许可 12``), maybe a row."""
    piece.as_text()
    if " " in piece.folded:
        reading = read_text(piece.payload)
        if (row := rows.word_row(reading)) is not None:
            piece.kind, piece.payload = "ROW?", row  # settled by the next line (passes)
        piece.reading = reading


def _index_after(text: str, count: int) -> int:
    """Index just after the ``count``-th non-space character of ``text`` (0 if count is 0)."""
    if not count or not any(space in text[:count] for space in " \t\r"):
        return count
    seen = 0
    for index, char in enumerate(text):
        if not char.isspace():
            seen += 1
            if seen == count:
                return index + 1
    return 0
