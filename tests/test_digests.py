"""The run's digests on disk: pairing keys, sentence look-ups, replacement in place."""

from linter.core.spans import Span
from linter.model.digest import Digest
from linter.model.digest_parts import Sentence, Spot
from linter.run.digests import Digests, pack, unpack

SPOT = Spot(Span(1, 1, 1, 5), "", "text")


def _digest(path: str, organ: str, year: int, *sentences: bytes) -> Digest:
    said = tuple(Sentence(s, 20, 1, SPOT) for s in sentences)
    return Digest(path, organ, organ, organ, year, "2021", {}, said, {})


def _store(*digests: Digest, given: str = "") -> Digests:
    store = Digests()
    for digest in digests:
        store.add(pack(digest, ()), 0, digest.path == given)
    return store


def test_a_packed_digest_comes_back_whole_its_tables_when_read():
    digest = _digest("a.txt", "甲县", 2024, b"s1")._replace(tables={"disclosure": ("figures",)})
    back, suppressions = unpack(pack(digest, ()).body)
    assert (back, suppressions) == (digest, ())
    assert back.tables["disclosure"] == ("figures",) and list(back.tables) == ["disclosure"]


def test_keys_by_path_without_the_given_report():
    store = _store(
        _digest("p.txt", "甲县", 2023), _digest("b.txt", "甲县", 2024), _digest("a.txt", "乙县", 2024), given="p.txt"
    )
    assert [k.path for k, *_ in store.reports()] == ["a.txt", "b.txt"]
    assert len(store) == 2


def test_reports_of_an_organ_and_year():
    store = _store(_digest("a.txt", "甲县", 2023), _digest("b.txt", "甲县", 2024), _digest("c.txt", "乙县", 2023))
    assert [k.path for k in store.of_year("甲县", 2023, "b.txt")] == ["a.txt"]
    assert store.of_year("甲县", 2023, "a.txt") == []


def test_another_organs_first_report_with_the_sentence():
    store = _store(
        _digest("a.txt", "甲县", 2024, b"same"),
        _digest("b.txt", "乙县", 2024, b"same"),
        _digest("c.txt", "丙县", 2024, b"same"),
    )
    sentence = Sentence(b"same", 20, 1, SPOT)
    assert store.passages_of("a.txt").other(sentence, "甲县") == "b.txt"
    assert store.passages_of("c.txt").other(sentence, "乙县") == "a.txt"
    assert store.passages_of("a.txt").other(Sentence(b"none", 20, 1, SPOT), "甲县") is None


def test_a_report_stored_again_replaces_its_digest_and_drops_its_old_sentences():
    store = _store(_digest("a.txt", "甲县", 2024, b"old"), _digest("b.txt", "乙县", 2024))
    store.add(pack(_digest("a.txt", "甲县", 2024, b"new"), ()), 0)
    store.add(pack(_digest("b.txt", "乙县", 2024, b"old", b"new"), ()), 0)
    assert [k.path for k, *_ in store.reports()] == ["a.txt", "b.txt"]
    assert store.passages_of("b.txt").other(Sentence(b"old", 20, 1, SPOT), "乙县") is None
    assert store.passages_of("b.txt").other(Sentence(b"new", 20, 1, SPOT), "乙县") == "a.txt"


def test_a_file_name_with_undecodable_bytes_is_stored_and_found():
    name = "报告\udcff.txt"  # a byte that is not UTF-8, as os.fsdecode gives it
    store = _store(_digest(name, "甲县", 2023, b"same"), _digest("b.txt", "乙县", 2024, b"same"))
    assert [k.path for k, *_ in store.reports()] == sorted([name, "b.txt"]) == ["b.txt", name]
    assert unpack(store.body(name))[0].path == name
    assert store.passages_of("b.txt").other(Sentence(b"same", 20, 1, SPOT), "乙县") == name
