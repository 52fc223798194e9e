"""Lines of a report named as a reader of its file can find them: ``第31行`` in a text
file; in a Word, HTML or PDF file, the place the line came from (``表格 5 第 5 行``,
``段落 12``, ``第 3 页 第 14 行``, ``源码第 37 行``: see readers/location.py), since the
extracted text's line numbers mean nothing in Word or a browser."""

from collections.abc import Sequence

from linter.core.findings import Localized
from linter.core.record import Record
from linter.readers.location import describe
from linter.readers.source import Place


class LineNames(Record):
    places: tuple[Place, ...] = ()  # the source's, one per line; empty for plain text

    def name(self, numbers: Sequence[int]) -> Localized:
        """Where lines ``numbers`` (1-based, of the extracted text) are, in both languages."""
        if not self.places:
            listed = [str(n) for n in numbers]
            return Localized(f"第{'、'.join(listed)}行", f"line{'s' if len(listed) > 1 else ''} {', '.join(listed)}")
        zh = dict.fromkeys(self._place(n, "zh") for n in numbers)
        en = dict.fromkeys(self._place(n, "en") for n in numbers)
        return Localized("、".join(zh), "; ".join(en))

    def _place(self, number: int, lang: str) -> str:
        place = self.places[number - 1] if 0 < number <= len(self.places) else Place()
        words = describe(place, 0, lang)
        if words:
            return words
        return f"line {number} of the extracted text" if lang == "en" else f"提取文本第 {number} 行"
