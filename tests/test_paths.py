"""Paths kept on disk: read back in the order given, or in the order ``sorted`` gives."""

from pathlib import Path

from linter.run.paths import PathList, sorted_paths

# Names whose order as parts differs from their order as text ("a/b" < "a-c" as parts).
NAMES = ["a-c.txt", "a/b.txt", "a.txt", "a/a/z.txt", "b", "报告\udcff.txt", "报告.txt", "Z.txt", "a b/c.txt", "ab"]


def test_sorted_paths_come_back_as_sorted_sorts_paths(tmp_path):
    paths = [tmp_path / name for name in NAMES]
    assert list(sorted_paths(paths)) == sorted(paths)
    assert list(sorted_paths(Path(name) for name in NAMES)) == sorted(Path(name) for name in NAMES)


def test_a_path_list_keeps_the_order_given_and_reads_again():
    paths = [Path(name) for name in NAMES]
    listed = PathList(paths)
    assert list(listed) == paths and list(listed) == paths
    assert len(listed) == len(NAMES) and listed.first() == paths[0]
    assert PathList().first() is None and len(PathList()) == 0
