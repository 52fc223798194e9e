"""Organ names fold to one key however they are written."""

import pytest

from linter.model.organs import organ_key, same_organ


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
