"""The command line in the language of the messages: help and errors in Chinese by
default, in English with ``--lang en`` or ``XXGK_LINT_LANG=en``; every error in one
style, ``xxgk-lint: 错误：…`` / ``xxgk-lint: error: …``, exit status 2.

Click's own words (``Usage:``, ``Options:``, its error messages) are replaced here, not
through gettext: click ships no catalogue, and the few it uses are listed below.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Sequence
from importlib import import_module

import click

ENV = "XXGK_LINT_LANG"
PROG = "xxgk-lint"

# English help → Chinese, for every command and option (tests/test_cli_i18n.py checks all have one).
HELP_ZH = {
    "Lint 政府信息公开工作年度报告 (government information disclosure annual reports).": "检查政府信息公开工作年度报告。",
    "Lint report files, and folders of them (recursively).": "检查报告文件，以及文件夹中的报告文件（递归）。",
    "Output format [text; github under GitHub Actions].": "输出格式 [text；在 GitHub Actions 中为 github]。",
    "Only these rules: ids or prefixes, comma-separated (GK1,GK301).": "只用这些规则：编号或前缀，逗号分隔（GK1,GK301）。",
    "Not these rules: ids or prefixes, comma-separated.": "不用这些规则：编号或前缀，逗号分隔。",
    "Language of the messages (zh when not configured).": "提示信息的语言（未配置时为 zh）。",
    "The report year, when the text does not say.": "报告年度（正文未写明时）。",
    "The publication date, for GK303.": "发布日期，用于 GK303。",
    "A folder of extra YAML rules.": "附加 YAML 规则所在的文件夹。",
    "Use this configuration for every file.": "所有文件都使用这个配置文件。",
    "Exit 1 on findings of this severity or worse [error].": "有这一级别或更严重的问题时退出状态为 1 [error]。",
    "Exit 0 even when there are findings.": "即使有问题，退出状态也为 0。",
    "No summary line.": "不输出汇总行。",
    "Counts per rule instead of the findings.": "按规则统计数量，而不列出问题。",
    "Write the output to this file.": "把输出写入这个文件。",
    "Report only findings not in this baseline.": "只报告基线中没有的问题。",
    "Record every finding in this baseline.": "把所有问题记入这个基线文件。",
    "Make the safe fixes (GK104, GK105) in text and Markdown files.": "在文本和 Markdown 文件中做安全的自动修复（GK104、GK105）。",
    "Show the fixes --fix would make, and change nothing.": "显示 --fix 会做的修改，不改动文件。",
    "Globs not to check, comma-separated, instead of the defaults and the configuration's.": "不检查的文件（通配符，逗号分隔），取代默认值和配置文件中的设置。",
    "Globs not to check, comma-separated, besides the others.": "另外不检查的文件（通配符，逗号分隔）。",
    "Apply the exclusions to files named on the command line too.": "对命令行上直接给出的文件也应用排除规则。",
    "The name to report standard input as (with the path -).": "标准输入（路径为 -）在报告中使用的文件名。",
    "Show each finding's line, with a caret under what it is about.": "显示每个问题所在的行，并在相关文字下标出 ^。",
    "List every rule: id, name, default severity, summary (markdown: the full documentation).": "列出所有规则：编号、名称、默认级别、摘要（markdown：完整文档）。",
    "Why a rule exists, what it rests on, and a failing and a passing example.": "规则的用意、依据，以及不符合和符合的示例。",
    "Print the AST, and what the report model recognised, as JSON.": "以 JSON 输出语法树和识别出的报告结构。",
    "Print the extracted text with its line numbers instead.": "改为输出提取出的文本及其行号。",
    "Language of the locations (with --text).": "位置说明的语言（与 --text 一起使用）。",
    "Language of the output.": "输出的语言。",
    "Output format.": "输出格式。",
    "A Language Server over standard input and output, for editors (needs xxgk-lint[lsp]).": "通过标准输入输出运行语言服务器，供编辑器使用（需要 xxgk-lint[lsp]）。",
    "Show the version and exit.": "显示版本号并退出。",
    "Show this message and exit.": "显示本帮助并退出。",
    "CPU seconds checking one file may take; then GK001 says it was not fully checked [30].": "检查一个文件最多可用的 CPU 秒数；超时则以 GK001 说明未检查完 [30]。",
    "Check many reports: one row per report, totals, and the organs of --roster with no report.": "检查多份报告：每份报告一行、汇总，以及 --roster 名单中没有报告的机关。",
    "The organs expected to report (.txt, .csv, .xlsx).": "应报送年度报告的机关名单（.txt、.csv、.xlsx）。",
    "Also write the audit: .xlsx, .csv, .json or .html.": "另把检查结果写入文件：.xlsx、.csv、.json 或 .html。",
    "Worker processes [the number of CPUs; 1: none].": "并行进程数 [CPU 数；1：不用并行]。",
    "Language of the messages and columns (zh when not configured).": "提示信息和表头的语言（未配置时为 zh）。",
    "The audited year, for --roster [any year].": "所检查的年度，用于 --roster [不限年度]。",
    "No progress bar, no summary line.": "不显示进度条和汇总行。",
    "Last year's report of the same organ, for GK501–GK506.": "同一机关上一年度的报告，用于 GK501–GK506。",
    "Last year's report: show whether they pair.": "上一年度的报告：显示两份报告能否配对。",
    "Write a copy of the Word file checked with the findings as comments and the safe fixes as tracked changes.": "另存一份所检查 Word 文件的副本：问题作为批注，安全的修复作为修订。",
}
_HEADINGS = {
    "zh": {"usage": "用法：", "options": "选项", "commands": "命令", "help": "运行 '{command} --help' 查看帮助。"},
    "en": {
        "usage": "Usage: ",
        "options": "Options",
        "commands": "Commands",
        "help": "Try '{command} --help' for help.",
    },
}
_ERROR = {"zh": f"{PROG}: 错误：", "en": f"{PROG}: error: "}
# Run errors of the command line itself, said in Chinese (others keep their English: they
# name files, fields and rules exactly).
_RUN_ERRORS_ZH = (
    (
        re.compile(r"^--fix and --diff change files; standard input is not one"),
        "--fix 和 --diff 修改的是文件，标准输入不是文件（修复内容见 --format json 的 fix）",
    ),
    (
        re.compile(r"^--statistics gives counts as text or json, not (?P<format>\w+)$"),
        "--statistics 只能输出 text 或 json 格式的统计，不能输出 {format}",
    ),
    (re.compile(r"^(?P<path>.+): no such file or folder$"), "{path}：没有这个文件或文件夹"),
    (
        re.compile(r"^(?P<path>.+): no report files in this folder \((?P<kinds>.+)\)$"),
        "{path}：文件夹中没有报告文件（{kinds}）",
    ),
    (
        re.compile(r"^no rule matches (?P<rule>.+?) \(see `xxgk-lint rules`\)$"),
        "没有与 {rule} 相符的规则（见 `xxgk-lint rules`）",
    ),
    (re.compile(r"^no rule (?P<rule>'.*') \(see `xxgk-lint rules`\)$"), "没有规则 {rule}（见 `xxgk-lint rules`）"),
)


def language(args: Sequence[str], environ=os.environ) -> str:
    """``--lang`` among ``args``, else XXGK_LINT_LANG, else zh."""
    for index, arg in enumerate(args):
        value = arg.split("=", 1)[1] if arg.startswith("--lang=") else None
        if arg == "--lang" and index + 1 < len(args):
            value = args[index + 1]
        if value is not None:
            return "en" if value.lower() == "en" else "zh"
    return "en" if environ.get(ENV, "").lower() == "en" else "zh"


def error_line(message: str, lang: str) -> str:
    """An error of the run in the one style, Chinese where the message is known."""
    if lang == "zh":
        for pattern, zh in _RUN_ERRORS_ZH:
            if match := pattern.match(message):
                message = zh.format(**match.groupdict())
                break
    return _ERROR[lang] + message


def usage_error(error: click.UsageError, lang: str) -> str:
    """A usage error in the one style, with where to find help."""
    command = error.ctx.command_path if error.ctx else PROG
    return error_line(_usage_message(error, lang), lang) + "\n" + _HEADINGS[lang]["help"].format(command=command)


def _usage_message(error: click.UsageError, lang: str) -> str:
    if lang == "en":
        return error.format_message()
    if isinstance(error, click.NoSuchOption):
        similar = f"（是否想用 {'、'.join(error.possibilities)}？）" if error.possibilities else ""
        return f"没有选项 {error.option_name}{similar}"
    if isinstance(error, click.MissingParameter):
        return f"缺少{_param(error.param)}"
    if isinstance(error, click.BadParameter):
        return f"{_param(error.param)} 的值无效：{_choices_zh(error)}"
    if error.message.startswith("Got unexpected extra argument"):
        return "多余的参数：" + error.message.split("(", 1)[-1].rstrip(")")
    return error.format_message()


def _param(param: click.Parameter | None) -> str:
    if param is None:
        return "参数"
    if isinstance(param, click.Option):
        return f"选项 {param.opts[0]}"
    return f"参数 {param.human_readable_name}"


def _choices_zh(error: click.BadParameter) -> str:
    match = re.match(r"^'(?P<value>.*)' is not one of (?P<choices>.+)\.$", error.message)
    if match and isinstance(error.param.type if error.param else None, click.Choice):
        return f"“{match['value']}”不是可选值之一（{'、'.join(error.param.type.choices)}）"
    return error.message


class Localized:
    """Help in the run's language: a mix-in for click's Command and Group."""

    lang = "zh"

    def format_usage(self, ctx, formatter):
        pieces = self.collect_usage_pieces(ctx)
        formatter.write_usage(ctx.command_path, " ".join(pieces), _HEADINGS[self.lang]["usage"])

    def format_help_text(self, ctx, formatter):
        if self.help:
            formatter.write_paragraph()
            with formatter.indentation():
                formatter.write_text(_said(self.help, self.lang))

    def format_options(self, ctx, formatter):
        records = [(names, _said(text, self.lang)) for p in self.get_params(ctx) for names, text in _record(p, ctx)]
        if records:
            with formatter.section(_HEADINGS[self.lang]["options"]):
                formatter.write_dl(records)
        if isinstance(self, click.Group):
            self.format_commands(ctx, formatter)

    def format_commands(self, ctx, formatter):
        commands = ((name, self.get_command(ctx, name)) for name in self.list_commands(ctx))
        rows = [(name, _said(command.help or "", self.lang).split("\n")[0]) for name, command in commands]
        if rows:
            with formatter.section(_HEADINGS[self.lang]["commands"]):
                formatter.write_dl(sorted(rows))


class LocalizedCommand(Localized, click.Command):
    pass


class LocalizedGroup(Localized, click.Group):
    """The program: help and errors in the language the arguments (or XXGK_LINT_LANG) ask for."""

    command_class = LocalizedCommand

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.lazy: dict[str, str] = {}  # command name → "module:attribute", imported when asked for

    def add_lazy_command(self, name: str, target: str) -> None:
        """``name`` runs the command at ``target``, whose module a run of another command never imports."""
        self.lazy[name] = target

    def list_commands(self, ctx):
        return sorted({*self.commands, *self.lazy})

    def get_command(self, ctx, name):
        if name in self.lazy:
            module, attribute = self.lazy.pop(name).split(":")
            self.add_command(getattr(import_module(module), attribute), name)
        command = self.commands.get(name)
        if command is not None:
            command.lang = self.lang
        return command

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        args = list(sys.argv[1:] if args is None else args)
        lang = language(args)
        for command in (self, *self.commands.values()):
            command.lang = lang
        try:
            returned = super().main(args, prog_name or PROG, complete_var, standalone_mode=False, **extra)
        except click.UsageError as error:
            click.echo(usage_error(error, lang), err=True)
            sys.exit(2)
        except click.ClickException as error:
            click.echo(error_line(error.format_message(), lang), err=True)
            sys.exit(error.exit_code)
        except click.Abort:
            sys.exit(1)
        if standalone_mode:  # --help and --version return their status instead of exiting
            sys.exit(returned if isinstance(returned, int) else 0)
        return returned


def current_language() -> str:
    """The language of the command being run (zh outside one)."""
    context = click.get_current_context(silent=True)
    return getattr(context.command, "lang", "zh") if context else "zh"


def _record(param: click.Parameter, ctx) -> list[tuple[str, str]]:
    record = param.get_help_record(ctx) if isinstance(param, click.Option) else None
    return [record] if record else []


def _said(text: str, lang: str) -> str:
    """``text`` (English help, perhaps with click's ``[default: …]`` after it) in ``lang``."""
    if lang == "en":
        return text
    known = max((english for english in HELP_ZH if text.startswith(english)), key=len, default=None)
    if known is None:
        return text
    rest = text[len(known) :].replace("[default: ", "[默认：").replace("[required]", "[必需]")
    return HELP_ZH[known] + rest
