"""A rule pack whose message names a placeholder its kind does not give, or whose params
the format has no place for, is refused when it loads: one located line, exit 2."""

import textwrap

import pytest
from click.testing import CliRunner

from linter.cli import main

from .helpers import CLEAN


def rule(number: int, check: str, messages: str, params: str) -> str:
    """A pack of one rule SL90<number> of the kind ``check``, as a template for ``str.format``
    (messages and params in YAML flow style, braces doubled)."""
    header = f"{{{{id: SL90{number}, name: sl-{check}, severity: warning, check: {check}, summary: {{{{zh: 测试}}}},"
    return f"rules:\n  - {header}\n     messages: {messages},\n     params: {params}}}}}\n"


PHRASE = rule(
    0,
    "forbidden-phrases",
    '{{default: {{zh: "{template}"}}, replace: {{zh: 替换}}}}',
    "{{phrases: [{{pattern: 依申请公开, reason: {{zh: 原因}}}}]}}",
)
TOPICS = rule(
    1,
    "required-topics",
    '{{default: {{zh: "缺少{{topics}}"}}}}',
    "{{section: {section}, topics: [{{name: 某事, any: [某事]}}]}}",
)
FIGURES = rule(
    2,
    "narrative-figures",
    '{{default: {{zh: "{{stated}}≠{{found}}"}}}}',
    '{{figures: [{{name: {{zh: 申请, en: requests}}, pattern: "收到.*?(?P<n>\\\\d+)件",'
    " cells: [{{table: {table}, row: {row}, column: total}}]}}]}}",
)
DEADLINE = rule(
    3,
    "publication-deadline",
    '{{default: {{zh: "{{published}}晚于{{deadline}}"}}}}',
    '{{deadlines: {{ministry: "01-31"}}, kinds: {{ministry: {{zh: 部委, en: ministries}}}}}}',
)


def check_with(tmp_path, pack: str):
    (tmp_path / "pack.yaml").write_text(textwrap.dedent(pack), encoding="utf-8")
    return CliRunner().invoke(main, ["check", "--rules", str(tmp_path), str(CLEAN)])


def refused(tmp_path, pack: str) -> str:
    result = check_with(tmp_path, pack)
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"xxgk-lint: 错误：{tmp_path}/pack.yaml: rule 1 (SL90")
    return lines[0]


def test_a_misspelt_placeholder_is_refused_at_load(tmp_path):
    line = refused(tmp_path, PHRASE.format(template="“{fonud}”：{reason}"))
    assert "rule 1 (SL900): 'messages.default.zh': placeholder {fonud} is not one this message is given" in line
    assert "{found}, {reason}, {replacement}" in line


@pytest.mark.parametrize("placeholder", ["{found:>99}", "{found!r}", "{found:>999999999}", "{0}", "{found.x}"])
def test_a_placeholder_with_a_format_spec_or_conversion_is_refused(tmp_path, placeholder):
    line = refused(tmp_path, PHRASE.format(template=f"“{placeholder}”"))
    assert "'messages.default.zh': placeholder" in line and "is not a plain name" in line


def test_a_declared_placeholder_loads_and_fires(tmp_path):
    result = check_with(tmp_path, PHRASE.format(template="“{found}”：{reason}"))
    assert result.exit_code == 0 and "SL900 [warning] “依申请公开”：原因" in result.stdout


def test_a_message_the_kind_never_gives_is_refused(tmp_path):
    pack = PHRASE.format(template="{found}").replace("replace: {zh: 替换}", "replace: {zh: 替换}, other: {zh: 别的}")
    assert "'messages.other': the check 'forbidden-phrases' gives no message 'other'" in refused(tmp_path, pack)


@pytest.mark.parametrize("section", [7, 9])
def test_a_section_the_format_lacks_is_refused(tmp_path, section):
    line = refused(tmp_path, TOPICS.format(section=section))
    assert f"rule 1 (SL901): 'params': section: no section {section} in the format" in line


def test_point_at_a_section_the_format_lacks_is_refused(tmp_path):
    pack = TOPICS.format(section=2).replace("section: 2,", "point_at: {section: 7},")
    assert "'params': point_at.section: no section 7 in the format" in refused(tmp_path, pack)


def test_an_unknown_row_is_refused(tmp_path):
    line = refused(tmp_path, FIGURES.format(table="application", row="no_such_row"))
    assert "rule 1 (SL902): 'params': figures[0].cells: table application has no row 'no_such_row'" in line


def test_an_unknown_table_is_refused(tmp_path):
    line = refused(tmp_path, FIGURES.format(table="budget", row="total"))
    assert "rule 1 (SL902)" in line and "'budget' is not one of" in line


def test_an_organ_kind_the_format_lacks_is_refused(tmp_path):
    line = refused(tmp_path, DEADLINE.format())
    assert "rule 1 (SL903): 'params': deadlines.ministry: the format has no organ kind 'ministry'" in line


@pytest.mark.parametrize(
    "pattern",
    # The last two in verbose mode, where a space may stand between a group and its repeat.
    [
        "(x+x+)+y",
        "(?:a*)*b",
        "((?:ab)+c){2,}",
        "(a|aa)+b",
        "(?:公开|公开信息)*x",
        "(?:.|a)+b",
        "(?x)(?:a+) +b",
        "(?ix:(a*) *)b",
    ],
)
def test_a_pattern_with_nested_repetition_is_refused_at_load(tmp_path, pattern):
    line = refused(tmp_path, PHRASE.format(template="{found}").replace("pattern: 依申请公开", f'pattern: "{pattern}"'))
    assert "rule 1 (SL900): 'params': phrases[0].pattern: repeats a part that repeats itself" in line


def test_a_pattern_with_single_repetitions_loads(tmp_path):
    pack = PHRASE.format(template="{found}").replace("pattern: 依申请公开", 'pattern: "依申请(?:公开)+[，,]?\\\\d*"')
    assert check_with(tmp_path, pack).exit_code == 0


def test_a_repeated_choice_of_distinct_starts_loads(tmp_path):
    pack = PHRASE.format(template="{found}").replace("pattern: 依申请公开", 'pattern: "依申请(?:公开|办理)+"')
    assert check_with(tmp_path, pack).exit_code == 0
