"""core.record: the records that replace NamedTuples where a value is never a tuple."""

import pickle
from functools import cached_property

import pytest

from linter.core.record import Record


class Mention(Record):
    """A year said somewhere."""

    year: int
    where: str = "body"
    lines: tuple[int, ...] = ()

    def later(self) -> int:
        return self.year + 1


class One(Record):
    only: str


class Counted(Record):
    words: tuple[str, ...]

    @cached_property
    def count(self) -> int:
        return len(self.words)


def test_fields_by_position_by_name_and_by_default():
    assert Mention(2023)._asdict() == {"year": 2023, "where": "body", "lines": ()}
    assert Mention(2023, lines=(4,)).lines == (4,)
    assert Mention(year=2024, where="title").where == "title"
    assert Mention._fields == ("year", "where", "lines") == Mention.__match_args__
    assert Mention(2023).later() == 2024
    assert Mention.__doc__ == "A year said somewhere."


def test_equality_hash_and_repr_are_over_the_fields():
    assert Mention(2023) == Mention(2023, "body") != Mention(2023, "title")
    assert hash(Mention(2023)) == hash(Mention(2023))
    assert len({Mention(2023), Mention(2023), One("x")}) == 2
    assert Mention(2023) != (2023, "body", ())  # not a tuple, and never equal to one
    assert repr(Mention(2023)) == "Mention(year=2023, where='body', lines=())"
    assert repr(One("x")) == "One(only='x')" and One("x") == One("x") != One("y")


def test_replace_copies_and_the_fields_cannot_be_changed():
    mention = Mention(2023)
    assert mention._replace(where="title") == Mention(2023, "title") and mention.where == "body"
    with pytest.raises(AttributeError):
        mention.year = 2024
    with pytest.raises(AttributeError):
        del mention.year
    with pytest.raises(AttributeError):
        mention.other = 1  # slots: no field but the declared ones
    with pytest.raises(TypeError):
        iter(mention)


def test_wrong_construction_says_which_field():
    with pytest.raises(TypeError, match="'year'"):
        Mention()
    with pytest.raises(TypeError, match="'month'"):
        Mention(2023, month=4)
    with pytest.raises(TypeError, match="3 fields"):
        Mention(2023, "body", (), 4)
    with pytest.raises(TypeError, match="'month'"):
        Mention(2023)._replace(year=2024, month=1)


def test_a_field_without_a_default_after_one_with_a_default_is_refused():
    with pytest.raises(TypeError, match="follows"):

        class Wrong(Record):
            first: int = 0
            second: int


def test_a_record_pickles_as_its_values():
    mention = Mention(2023, "title", (1, 2))
    assert pickle.loads(pickle.dumps(mention)) == mention
    assert len(pickle.dumps(mention)) < len(pickle.dumps(mention._asdict())) + 40


def test_match_by_position():
    match Mention(2023, "title"):
        case Mention(year, "title"):
            assert year == 2023
        case _:
            pytest.fail("no match")


def test_a_cached_property_is_computed_once_and_is_no_field():
    counted = Counted(("a", "b"))
    assert counted.count == 2 and counted.__dict__ == {"count": 2}
    assert counted == Counted(("a", "b")) and Counted._fields == ("words",)
    assert not hasattr(One("x"), "__dict__")  # no cached property: slots only
