"""Report text with the standard tables, laid out as real extraction leaves them.

One balanced set of figures, rendered as tab-separated rows (a Word export), as
space-aligned columns with labels cut over lines and page footers between rows
(``pdftotext -layout``), as Markdown pipe rows, or as a converter scrambles them.
Tests change one figure and see which rule reports where.
"""

from __future__ import annotations

# 表三's rows: (group label, row label, key); the figures of the six applicant columns.
GROUPED_ROWS = [
    ("", "一、本年新收政府信息公开申请数量", "received"),
    ("", "二、上年结转政府信息公开申请数量", "carried_over"),
    ("三、本年度办理结果", "（一）予以公开", "disclosed"),
    ("", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "partly_disclosed"),
    ("（三）不予公开", "1.属于国家秘密", "withheld_secret"),
    ("", "2.其他法律行政法规禁止公开", "withheld_law"),
    ("", "3.危及“三安全一稳定”", "withheld_security"),
    ("", "4.保护第三方合法权益", "withheld_third_party"),
    ("", "5.属于三类内部事务信息", "withheld_internal"),
    ("", "6.属于四类过程性信息", "withheld_process"),
    ("", "7.属于行政执法案卷", "withheld_case_file"),
    ("", "8.属于行政查询事项", "withheld_query"),
    ("（四）无法提供", "1.本机关不掌握相关政府信息", "unable_not_held"),
    ("", "2.没有现成信息需要另行制作", "unable_not_existing"),
    ("", "3.补正后申请内容仍不明确", "unable_unclear"),
    ("（五）不予处理", "1.信访举报投诉类申请", "not_processed_petition"),
    ("", "2.重复申请", "not_processed_repeated"),
    ("", "3.要求提供公开出版物", "not_processed_publication"),
    ("", "4.无正当理由大量反复申请", "not_processed_excessive"),
    ("", "5.要求行政机关确认或重新出具已获取信息", "not_processed_confirmation"),
    ("（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "other_no_correction"),
    ("", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "other_fee_unpaid"),
    ("", "3.其他", "other_other"),
    ("", "（七）总计", "results_total"),
    ("", "四、结转下年度继续办理", "carried_forward"),
]
OUTCOMES = {
    "disclosed": [18, 1, 0, 0, 1, 0],
    "partly_disclosed": [4, 0, 0, 0, 0, 0],
    "withheld_security": [1, 0, 0, 0, 0, 0],
    "withheld_third_party": [1, 0, 0, 0, 0, 0],
    "withheld_process": [2, 0, 0, 0, 0, 0],
    "withheld_query": [1, 0, 0, 0, 0, 0],
    "unable_not_held": [8, 1, 0, 0, 0, 1],
    "unable_not_existing": [2, 0, 0, 0, 0, 0],
    "not_processed_petition": [1, 0, 0, 0, 0, 0],
    "not_processed_repeated": [1, 0, 0, 0, 0, 0],
    "other_no_correction": [1, 0, 0, 0, 0, 0],
    "other_other": [1, 1, 0, 0, 0, 0],
}
CARRIED_OVER = [2, 0, 0, 0, 0, 0]
CARRIED_FORWARD = [1, 0, 0, 0, 1, 0]
OTHER_ITEMS = ("other_no_correction", "other_fee_unpaid", "other_other")
HEADER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
COLUMNS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]


def application_figures(version: str = "2021") -> dict[str, list[int]]:
    """A balanced 表三: every row's 总计, the (七) total and 一 + 二 = 三 + 四 hold."""
    keys = [
        key for _, _, key in GROUPED_ROWS if key not in ("received", "carried_over", "results_total", "carried_forward")
    ]
    figures = {key: list(OUTCOMES.get(key, [0] * 6)) for key in keys}
    if version == "2019":
        merged = [sum(column) for column in zip(*(figures.pop(k) for k in OTHER_ITEMS))]
        figures["other_processing"] = merged
    results = [sum(column) for column in zip(*figures.values())]
    figures["results_total"] = results
    figures["carried_over"] = list(CARRIED_OVER)
    figures["carried_forward"] = list(CARRIED_FORWARD)
    figures["received"] = [r + f - c for r, f, c in zip(results, CARRIED_FORWARD, CARRIED_OVER)]
    return {key: row + [sum(row)] for key, row in figures.items()}


def application_rows(version: str = "2021") -> list[tuple[str, str, str]]:
    """(group label, row label, key) in printed order, for the format's version."""
    if version == "2021":
        return list(GROUPED_ROWS)
    rows = [r for r in GROUPED_ROWS if r[2] not in OTHER_ITEMS]
    at = next(i for i, r in enumerate(rows) if r[2] == "results_total")
    rows.insert(at, ("", "（六）其他处理", "other_processing"))
    return rows


def report(section: str, body: str, year: int = 2023) -> str:
    return f"某某县教育局{year}年政府信息公开工作年度报告\n{section}\n{body}"


def year_of(version: str) -> int:
    return 2020 if version == "2019" else 2023


# -- 表三 in each layout -------------------------------------------------------------------


def tab_table(figures: dict[str, list[int]], version: str = "2021") -> str:
    """A Word export: group labels in their own cell, empty cells kept, a trailing tab,
    社会组织 for 社会公益组织, and one row shifted by a cell (its group cell lost)."""
    lines = [
        f"{HEADER}\t\t申请人情况\t\t\t\t\t\t\t",
        "\t\t自然人\t法人或其他组织\t\t\t\t\t总计\t",
        "\t\t\t商业企业\t科研机构\t社会组织\t法律服务机构\t其他\t\t",
    ]
    for group, label, key in application_rows(version):
        cells = "\t".join(map(str, figures[key]))
        if key == "withheld_third_party":
            lines.append(f"{label}\t\t{cells}\t")  # shifted: the label in the group's cell
        elif key in ("received", "carried_over", "carried_forward"):
            lines.append(f"{label}\t\t{cells}\t")
        elif group.startswith("（") or (not group and label[0].isdigit()):
            lines.append(f"\t{group}\t{label}\t{cells}")
        else:
            lines.append(f"{group}\t{label}\t{cells}\t")
    return "\n".join(lines) + "\n"


def space_table(figures: dict[str, list[int]], version: str = "2021") -> str:
    """``pdftotext -layout``: columns of spaces, labels cut over lines with the figures on
    a line of their own, group labels on lines between their items, a page footer."""
    lines = [
        "                                                              申请人情况",
        "                                                         法人或其他组织",
        HEADER[:24],
        HEADER[24:],
        "                                             自然人         社会 法律                总计",
        "                                                   商业 科研",
        "                                                         公益 服务 其他",
        "                                                   企业 机构",
        "                                                         组织 机构",
        "",
    ]
    for group, label, key in application_rows(version):
        cells = "    ".join(str(v) for v in figures[key])
        indent = (
            "                            " if label[0].isdigit() else "                  " if label[0] == "（" else ""
        )
        if key == "partly_disclosed":
            lines += [f"{indent}{label[:20]} {label[20:24]}", f"{indent}{label[24:]}", f"{'':46}{cells}"]
        elif key == "not_processed_confirmation":
            lines += [f"{indent}{label[:13]} {label[13:16]}", f"{indent}    {label[16:]}", f"{'':39}{cells}"]
        else:
            lines.append(f"{indent}{label:<24}    {cells}")
        if group and key != "disclosed":
            lines.append(f"                  {group}")
        if key == "withheld_secret":
            lines += [" 三 、本 年 度办 理 结果", "", ""]
        if key == "unable_not_existing":
            lines += ["", f"{'':72}-3-"]
    return "\n".join(lines) + "\n"


def pipe_table(figures: dict[str, list[int]], version: str = "2021") -> str:
    """A PDF-to-Markdown conversion that kept the rows: pipes, a rule under the header."""
    lines = [f"| {HEADER} | {' | '.join(COLUMNS)} |", "|" + "---|" * (len(COLUMNS) + 1)]
    for group, label, key in application_rows(version):
        cells = " | ".join(map(str, figures[key]))
        lines.append(f"| {group} | {label} | {cells} |" if group else f"| {label} | {cells} |")
    return "\n".join(lines) + "\n"


def scrambled_table(figures: dict[str, list[int]], version: str = "2021") -> str:
    """A converter's Markdown: the labels of a block of rows come out as lines of text,
    their figures as rows without labels, out of step (as in the shared corpus)."""
    lines = []
    rows = application_rows(version)
    for index, (_group, label, key) in enumerate(rows):
        cells = " | ".join(map(str, figures[key]))
        if key in ("unable_not_held", "unable_not_existing"):
            continue
        if key == "unable_unclear":
            lines += [rows[index - 2][1], rows[index - 1][1], label]
            lines += [
                f"| {' | '.join(map(str, figures[k]))} |"
                for k in ("unable_not_held", "unable_not_existing", "unable_unclear")
            ]
            continue
        lines.append(f"| {label} | {cells} |")
    return "\n".join(lines) + "\n"


LAYOUTS = {"tab": tab_table, "space": space_table, "pipe": pipe_table}


def application_report(layout: str, version: str = "2021", figures: dict[str, list[int]] | None = None) -> str:
    table = LAYOUTS[layout](figures or application_figures(version), version)
    return report("三、收到和处理政府信息公开申请情况", table, year_of(version))


# -- 表四 -----------------------------------------------------------------------------------

REVIEW = [1, 0, 0, 1, 2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0]


def review_report(layout: str, figures: list[int] = REVIEW) -> str:
    """表四 with its header as extraction leaves it (the 维持/纠正 labels lost) and its data row."""
    if layout == "tab":
        header = ["行政复议\t\t\t\t\t行政诉讼", "结果\t其他\t尚未\t总计\t结果\t未经复议直接起诉\t\t\t\t\t复议后起诉"]
        row = "\t".join(map(str, figures))
    elif layout == "space":
        header = [
            "          行政复议                              行政诉讼",
            "                              未经复议直接起诉                  复议后起诉",
        ]
        row = "   ".join(map(str, figures))
    else:
        header = ["行政复议行政诉讼", "| 维持 | 纠正 | 结果 | 审结 | 总计 | 总计 |", "|---|---|---|---|---|---|"]
        row = "| " + " | ".join(map(str, figures)) + " |"
    return report("四、政府信息公开行政复议、行政诉讼情况", "\n".join([*header, row]) + "\n")


# -- 表二 -----------------------------------------------------------------------------------

DISCLOSURE_2021 = [
    (
        "第二十条第（一）项",
        ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
        [("规章", ["0", "0", "0"]), ("行政规范性文件", ["5", "2", "38"])],
    ),
    ("第二十条第（五）项", ["信息内容", "本年处理决定数量"], [("行政许可", ["1250"])]),
    ("第二十条第（六）项", ["信息内容", "本年处理决定数量"], [("行政处罚", ["320"]), ("行政强制", ["15"])]),
    ("第二十条第（八）项", ["信息内容", "本年收费金额（单位：万元）"], [("行政事业性收费", ["86.5"])]),
]
DISCLOSURE_2019 = [
    (
        "第二十条第（一）项",
        ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
        [("规章", ["0", "0", "0"]), ("规范性文件", ["0", "0", "5"])],
    ),
    (
        "第二十条第（五）项",
        ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
        [("行政许可", ["134", "-51", "5190"]), ("其他对外管理服务事项", ["25", "0", "8"])],
    ),
    (
        "第二十条第（六）项",
        ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
        [("行政处罚", ["705", "-482", "10"]), ("行政强制", ["36", "-21", "0"])],
    ),
    ("第二十条第（八）项", ["信息内容", "上一年项目数量", "本年增/减"], [("行政事业性收费", ["0", "0"])]),
    ("第二十条第（九）项", ["信息内容", "采购项目数量", "采购总金额"], [("政府集中采购", ["83", "2167.0875 万元"])]),
]
DISCLOSURE = {"2019": DISCLOSURE_2019, "2021": DISCLOSURE_2021}


def disclosure_report(layout: str, version: str = "2021", change: tuple[str, int, str] | None = None) -> str:
    """表二 in a layout; ``change`` = (row label, index, new figure)."""
    lines = []
    for caption, header, rows in DISCLOSURE[version]:
        lines.append(caption)
        lines.append(_cells(layout, header))
        if layout == "pipe":
            lines.append("|" + "---|" * len(header))
        for label, figures in rows:
            figures = list(figures)
            if change and change[0] == label:
                figures[change[1]] = change[2]
            lines.append(_cells(layout, [label, *figures]))
    return report("二、主动公开政府信息情况", "\n".join(lines) + "\n", year_of(version))


def _cells(layout: str, cells: list[str]) -> str:
    if layout == "tab":
        return "\t".join(cells)
    if layout == "space":
        return "          ".join(cells)
    if layout == "text":  # a converter that lost the layout: one space between cells
        return " ".join(cells)
    return "| " + " | ".join(cells) + " |"
