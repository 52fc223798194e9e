"""A file's Path made without interning its name (``linter.run.pathnames``): the same
Path as pathlib makes, for every shape of path a run meets."""

from pathlib import Path

import pytest

from linter.run.pathnames import as_path, child

SHAPES = [
    "/b.txt",  # first: the folder "" of the root, before any other folder was made
    "/tmp/reports/00001.txt",
    "/tmp/reports/00002.txt",
    "a/b.txt",
    "b.txt",
    "a//b.txt",
    "a/..",
    "a/.",
    "../x.txt",
    "./x.txt",
    "/",
    "",
    "a/b/",
    "报告/青禾县 2023.txt",
    "报告/\udcff.txt",  # an undecodable byte, as os.fsdecode gives it
]


@pytest.mark.parametrize("text", SHAPES)
def test_the_same_path_as_pathlib_makes(text):
    made, expected = as_path(text), Path(text)
    assert (made, str(made), made.parts, hash(made), type(made)) == (
        expected,
        str(expected),
        expected.parts,
        hash(expected),
        type(expected),
    )


def test_a_folders_child_is_the_same_path_as_pathlib_makes():
    folder = Path("/tmp/reports")
    assert child(folder, "00001.txt") == folder / "00001.txt"
    assert str(child(folder, "00001.txt")) == "/tmp/reports/00001.txt"
