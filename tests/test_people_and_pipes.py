"""Standard input through a real pipe; --show-source, colour on a real terminal (a pty),
fixable findings marked."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys

from linter.output.columns import display_width

from .helpers import CLEAN, ROOT, SAMPLES
from .test_cli import run

DEFECTS = SAMPLES / "2023-qinghe-education-bureau.txt"
PROGRAM = [sys.executable, "-m", "linter"]


def _piped(*args: str, data: bytes, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*PROGRAM, *args], input=data, cwd=ROOT, capture_output=True, env={**os.environ, **env}, timeout=60
    )


def test_standard_input_is_checked_under_its_given_name():
    result = _piped("check", "--format", "json", "-", "--stdin-filename", "2023/bureau.txt", data=DEFECTS.read_bytes())
    assert result.returncode == 1, result.stderr
    found = json.loads(result.stdout)
    assert {f["path"] for f in found} == {"2023/bureau.txt"} and len(found) == 11
    unnamed = _piped("check", "-", data=CLEAN.read_bytes())
    assert unnamed.returncode == 0 and "检查了 1 个文件，未发现问题" in unnamed.stderr.decode()


def test_standard_input_name_chooses_the_reader_and_the_configuration(tmp_path):
    from . import report_formats

    (tmp_path / ".xxgk-lint.yaml").write_text("ignore: [GK106]\n", encoding="utf-8")
    result = subprocess.run(
        [*PROGRAM, "check", "--format", "json", "--stdin-filename", str(tmp_path / "r.docx"), "-"],
        input=report_formats.to_docx(),
        capture_output=True,
        cwd=ROOT,
        timeout=60,
    )
    found = json.loads(result.stdout)
    assert found and all(f["location"] for f in found)  # read as Word
    assert "GK106" not in {f["rule"] for f in found}  # the configuration beside the name applies
    assert run("check", "--fix", "-").exit_code == 2


def test_show_source_puts_a_caret_under_the_span():
    lines = run("check", "--show-source", "--select", "GK301,GK105", DEFECTS).stdout.splitlines()
    assert lines[0].startswith(f"{DEFECTS}:3:36: GK301 [error] 统计期限")
    source, caret = lines[1], lines[2]
    assert source.endswith("| " + DEFECTS.read_text(encoding="utf-8").splitlines()[2])
    text = source.split("| ", 1)[1]
    before, under = caret.split("| ", 1)[1].split("^", 1)
    assert display_width(before) == display_width(text[:35])
    assert display_width("^" + under) == display_width("2022年1月1日至2022年12月31日")
    assert f"{DEFECTS}:11:1: GK105 [warning] [*] " in lines[3]


def test_fixable_findings_are_counted_and_pipes_keep_the_plain_format():
    result = run("check", DEFECTS)
    assert "[*]" not in result.stdout  # a script reads path:line:col: GK105 [warning] message
    assert f"{DEFECTS}:11:1: GK105 [warning] 二级标题" in result.stdout
    assert "其中 3 个可用 --fix 自动修复" in result.stderr
    assert "3 fixable with --fix" in run("check", "--lang", "en", DEFECTS).stderr
    assert "fix" not in run("check", CLEAN).stderr


def _on_a_terminal(*args: str, **env: str) -> str:
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [*PROGRAM, *args], stdout=follower, stderr=subprocess.DEVNULL, cwd=ROOT, env={**os.environ, **env}
    )
    os.close(follower)
    output = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed when the program ended
            break
        if not chunk:
            break
        output += chunk
    process.wait(timeout=60)
    os.close(leader)
    return output.decode("utf-8")


def test_colour_on_a_terminal_but_not_under_no_color():
    coloured = _on_a_terminal("check", "--select", "GK105", str(DEFECTS), NO_COLOR="")
    assert "\033[33mGK105 [warning]\033[0m" in coloured and "[*]" in coloured, coloured
    plain = _on_a_terminal("check", "--select", "GK105", str(DEFECTS), NO_COLOR="1")
    assert "\033[" not in plain and "GK105 [warning] [*]" in plain, plain
