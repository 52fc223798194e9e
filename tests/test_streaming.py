"""``check`` streams its findings: each format writes them as they come, a run keeps its
files' results on disk (not in memory) while the cross-report stage waits, and what is
written is what the formats wrote when they had every finding at once."""

from __future__ import annotations

import gc
import json
import weakref
from xml.etree import ElementTree as ET

import pytest
from click.testing import CliRunner

from linter.cli import main
from linter.core.findings import Finding
from linter.core.json_pieces import HOLE, write_around
from linter.core.spans import Span
from linter.output import FORMATS, Context, rendered, streamer
from linter.output.statistics import statistics
from linter.run.check import CheckOptions, check_files
from linter.run.session import CommandLine, Session

from .helpers import CORPUS, SAMPLES


def _finding(path: str, line: int, rule: str = "GK105", severity: str = "warning") -> Finding:
    return Finding(path, Span(line, 1, line, 3), rule, "name", severity, f"消息 {line}", "依据")


FINDINGS = [_finding("a.txt", 1), _finding("a.txt", 7, "GK203", "error"), _finding("b.txt", 2)]


@pytest.mark.parametrize("name", ["text", "json", "sarif", "github"])
def test_each_format_writes_a_finding_before_the_next_has_come(name):
    written: list[str] = []
    seen = []

    def arriving():
        for finding in FINDINGS:
            if seen:  # the one before has been written by now
                assert seen[-1].message in "".join(written), name
            seen.append(finding)
            yield finding

    streamer(name)(arriving(), Context(), written.append)
    assert len(seen) == len(FINDINGS)


@pytest.mark.parametrize("name", ["json", "sarif"])
@pytest.mark.parametrize("count", [0, 1, 3])
def test_json_written_in_pieces_is_the_text_json_dumps_gives_of_the_whole(name, count):
    text = rendered(streamer(name), FINDINGS[:count], Context())
    document = json.loads(text)
    assert text == json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    results = document if name == "json" else document["runs"][0]["results"]
    assert [r["message"] if name == "json" else r["message"]["text"] for r in results] == [
        f.message for f in FINDINGS[:count]
    ]


def test_a_document_around_a_list_is_the_whole_document_dumped():
    document = {"a": [1, {"b": "x\ny"}], "runs": [{"z": {}, "results": HOLE}], "end": "尾"}
    for items in ([], [{"k": [1, 2]}, "s"]):
        pieces: list[str] = []
        write_around(document, iter(items), pieces.append)
        whole = {**document, "runs": [{"z": {}, "results": items}]}
        assert "".join(pieces) == json.dumps(whole, ensure_ascii=False, indent=2)


def test_junit_groups_cases_by_file_in_the_order_of_the_files_checked():
    found = [_finding("b.txt", 1), _finding(".xxgk-lint-ignore.yaml", 3, "GK004"), _finding("a.txt", 2)]
    found.append(_finding("b.txt", 9))
    text = rendered(streamer("junit"), found, Context(files=iter(["a.txt", "b.txt", "c.txt", "a.txt"])))
    root = ET.fromstring(text.split("\n", 1)[1])
    suite = root.find("testsuite")
    cases = [(c.get("classname"), c.get("name")) for c in suite]
    assert cases == [
        ("a.txt", "GK105 name 2:1"),
        ("b.txt", "GK105 name 1:1"),
        ("b.txt", "GK105 name 9:1"),
        ("c.txt", "xxgk-lint"),  # a file without findings passes
        (".xxgk-lint-ignore.yaml", "GK004 name 3:1"),  # files only findings name, last
    ]
    assert (root.get("tests"), root.get("failures")) == ("5", "4") == (suite.get("tests"), suite.get("failures"))
    ET.indent(root)  # the layout ElementTree gives the whole tree
    assert text == '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def test_statistics_count_each_file_once_per_rule_whatever_the_order():
    found = [_finding("x.txt", 1), _finding("y.txt", 1), _finding("x.txt", 5), _finding("x.txt", 6, "GK203", "error")]
    assert statistics(iter(found)) == [("GK105", "name", "warning", 3, 2), ("GK203", "name", "error", 1, 1)]


class _Token:
    """Held by one finding only: alive while it is (a tuple cannot be weakly referenced itself)."""


class _Tracked(Finding):
    """A finding carrying a ``_Token``, whose being alive the test can see."""


def test_a_folder_check_keeps_its_files_findings_on_disk_not_in_memory(tmp_path, monkeypatch):
    text = (SAMPLES / "2023-qinghe-county.txt").read_text(encoding="utf-8")
    for index in range(20):
        defective = text.replace("青禾县", f"青禾{index}县").replace("（一）", "(一)", 1)  # GK105 in each
        (tmp_path / f"{index:02d}.txt").write_text(defective, encoding="utf-8")
    made: list[weakref.ref] = []  # each finding as a check made it
    check = Session.check

    def tracked(session, file, data=None):
        result = check(session, file, data)
        findings = [_Tracked(*f) for f in result.findings]
        for finding in findings:
            finding.token = _Token()
            made.append(weakref.ref(finding.token))
        return result._replace(findings=findings)

    monkeypatch.setattr(Session, "check", tracked)
    run = check_files(Session(CommandLine()), [tmp_path], CheckOptions())
    findings = iter(run.findings)
    first = next(findings)  # every file checked by now: the cross-report stage needs them all
    gc.collect()
    assert len(made) >= 20
    assert sum(ref() is not None for ref in made) <= 3  # the last file's at most, not every file's
    rest = list(findings)
    assert first.path.endswith("00.txt") and rest[-1].path.endswith("19.txt")
    assert len({f.path for f in [first, *rest] if f.rule == "GK105"}) == 20


def test_a_run_with_its_files_on_disk_finds_what_one_with_them_in_memory_does(tmp_path, monkeypatch):
    from linter.run import check

    text = (SAMPLES / "2023-qinghe-county.txt").read_text(encoding="utf-8")
    for index in range(6):
        (tmp_path / f"{index}.txt").write_text(text.replace("青禾县", f"青禾{index % 2}县"), encoding="utf-8")
    runs = []
    for listed in (100, 2):  # the files in a tuple; on disk (``PathList``) past the second
        monkeypatch.setattr(check, "LISTED", listed)
        run = check_files(Session(CommandLine()), [tmp_path], CheckOptions())
        runs.append((type(run.files).__name__, [str(f) for f in run.files], list(run.findings), run.failed))
    assert (runs[0][0], runs[1][0]) == ("tuple", "PathList")
    assert runs[0][1:] == runs[1][1:] and runs[0][2]


@pytest.mark.parametrize("options", [["--format", name] for name in FORMATS] + [["--statistics"], ["--show-source"]])
def test_every_format_is_the_same_with_two_workers(tmp_path, options):
    for sample in (*SAMPLES.glob("*.txt"), *sorted(CORPUS.glob("*.txt"))[:3]):
        (tmp_path / sample.name).write_bytes(sample.read_bytes())
    outputs = [CliRunner().invoke(main, ["check", str(tmp_path), *options, "--jobs", jobs]) for jobs in ("1", "2")]
    assert outputs[0].output == outputs[1].output and outputs[0].output
    assert outputs[0].exit_code == outputs[1].exit_code == 1


def test_the_output_file_is_made_only_when_there_is_something_to_write(tmp_path):
    from linter.output.sink import FLUSHED, Sink

    target = tmp_path / "out.json"
    sink = Sink(target, echo=lambda text: pytest.fail("not to standard output"))
    sink.write("[")
    assert not target.exists()  # a run that fails now leaves no file behind
    sink.write("x" * FLUSHED + "\udcff")
    assert target.exists()
    sink.close()
    assert target.read_text(encoding="utf-8") == "[" + "x" * FLUSHED + "\\udcff"
