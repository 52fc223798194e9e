"""Organ names fold to one key however they are written."""

import pytest

from linter.model.organs import local_key, organ_key, same_organ, same_organ_keys


@pytest.mark.parametrize(
    "first, second",
    [
        ("淮安市人民政府办公室", "淮安市政府办"),
        ("平潭综合实验区管理委员会", "平潭综合实验区管委会"),
        ("淮安市发展和改革委员会", "淮安市发改委"),
        ("洪泽区 人民政府", "洪泽区人民政府"),
        ("上海市（科学技术）委员会", "上海市科学技术委员会"),
        ("ＡＢ县人民政府", "AB县人民政府"),
    ],
)
def test_variants_of_one_name_are_one_organ(first, second):
    assert same_organ(first, second)


@pytest.mark.parametrize(
    "first, second",
    [("洪泽区人民政府", "淮安区人民政府"), ("淮安市人民政府", "淮安市人民政府办公室"), ("", "")],
)
def test_different_organs_stay_apart(first, second):
    assert not same_organ(first, second)


def test_the_key_keeps_what_names_the_organ():
    assert organ_key("淮安市人民政府办公室") == "淮安市政府办"


@pytest.mark.parametrize(
    "name, local",
    [
        ("淮安市洪泽区人民政府", "洪泽区政府"),
        ("江苏省淮安市洪泽区人民政府办公室", "洪泽区政府办"),
        ("淮安市人民政府", "淮安市政府"),  # no place of its own after 淮安市: kept
        ("上海市科学技术委员会", "上海市科学技术委"),
    ],
)
def test_local_key_drops_the_higher_level_places(name, local):
    assert local_key(organ_key(name)) == local


@pytest.mark.parametrize(
    "first, second, same",
    [
        ("淮安市洪泽区人民政府", "洪泽区人民政府", True),
        ("江苏省淮安市洪泽区人民政府", "淮安市洪泽区人民政府", True),
        ("北京市朝阳区人民政府", "长春市朝阳区人民政府", False),
        ("淮安市人民政府", "人民政府", False),
        ("", "", False),
    ],
)
def test_names_differing_only_by_higher_places_are_one_organ(first, second, same):
    assert same_organ_keys(organ_key(first), organ_key(second)) is same


def test_organ_level_from_the_divisions_the_name_starts_with():
    from linter.model.organs import organ_level

    assert organ_level("江苏省人民政府") == "provincial"
    assert organ_level("上海市人民政府办公厅") == "provincial"  # a municipality
    assert organ_level("淮安市人民政府") == "prefecture"
    assert organ_level("淮安市洪泽区人民政府") == "county"
    assert organ_level("洪泽区市场监督管理局") == "county"  # 市场 is not a division
    assert organ_level("沭阳县发展和改革局") == "county"
    assert organ_level("高沟镇人民政府") == "township"


def test_organ_level_is_none_where_the_name_does_not_tell():
    from linter.model.organs import organ_level

    assert organ_level("平潭综合实验区海坛片区管理局") is None  # a zone
    assert organ_level("国家税务总局淮安市税务局") is None
    assert organ_level("") is None
