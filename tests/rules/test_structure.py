"""GK1xx on report text: one call per case, each with where the finding points."""

from ..helpers import clean_report, line_of, places, replace_once, section_lines, swap_sections, without_section

REPORT = clean_report()
SECTION = {
    1: "一、总体情况",
    2: "二、主动公开政府信息情况",
    3: "三、收到和处理政府信息公开申请情况",
    4: "四、政府信息公开行政复议、行政诉讼情况",
    5: "五、存在的主要问题及改进情况",
    6: "六、其他需要报告的事项",
}


def test_clean_report_has_no_structure_finding():
    for rule in ("GK101", "GK102", "GK103", "GK104", "GK105", "GK106", "GK107", "GK108", "GK109", "GK110"):
        assert places(REPORT, rule) == [], rule


# GK101 missing-section


def test_gk101_deleted_section_is_reported_where_it_belongs():
    text = without_section(REPORT, SECTION[3], SECTION[4])
    assert places(text, "GK101") == [(line_of(text, SECTION[4]), 1)]


def test_gk101_deleted_last_section_points_at_the_end():
    text = without_section(REPORT, SECTION[6], None).rstrip("\n") + "\n"
    assert places(text, "GK101") == [(line_of(text, "针对上述问题"), 1)]


def test_gk101_reworded_section_is_not_missing():
    text = replace_once(REPORT, SECTION[4], "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况")
    assert places(text, "GK101") == []


# GK102 section-order


def test_gk102_swapped_sections():
    text = swap_sections(REPORT, (SECTION[2], SECTION[3]), (SECTION[3], SECTION[4]))
    assert places(text, "GK102") == [(line_of(text, SECTION[2]), 1)]


def test_gk102_section_moved_to_the_front():
    lines = REPORT.split("\n")
    first, last = section_lines(REPORT, SECTION[3], SECTION[4])
    one = line_of(REPORT, SECTION[1]) - 1
    text = "\n".join(lines[:one] + lines[first:last] + lines[one:first] + lines[last:])
    assert places(text, "GK102") == [(line_of(text, SECTION[3]), 1)]


# GK103 numbering-sequence


def test_gk103_renumbered_level1_heading():
    text = replace_once(REPORT, SECTION[3], "四、收到和处理政府信息公开申请情况")
    line = line_of(text, "四、收到和处理")
    assert places(text, "GK103") == [(line, 1), (line_of(text, SECTION[4]), 1)]


def test_gk103_level2_skip():
    text = replace_once(REPORT, "（三）政府信息管理", "（四）政府信息管理")
    assert places(text, "GK103") == [
        (line_of(text, "（四）政府信息管理"), 1),
        (line_of(text, "（四）政府信息公开平台"), 1),
    ]


def test_gk103_level2_restarts_under_each_level1_heading():
    text = """\
    一、总体情况
    （一）主动公开
    （二）依申请公开
    二、主动公开政府信息情况
    （一）规章
    （三）行政规范性文件
    """
    assert places(text, "GK103") == [(6, 1)]


def test_gk103_gap_of_a_missing_section_is_left_to_gk101():
    text = without_section(REPORT, SECTION[5], SECTION[6])
    assert places(text, "GK103") == []


# GK104 heading-wording


def test_gk104_typo_in_a_heading():
    text = replace_once(REPORT, SECTION[4], "四、政府信息公开行政复议、行政诉公情况")
    line = line_of(text, "行政诉公")
    assert places(text, "GK104") == [(line, 3)]


def test_gk104_known_variant_and_its_fix():
    from ..helpers import findings

    text = replace_once(REPORT, SECTION[5], "五、存在的主要问题及整改措施")
    (finding,) = findings(text, "GK104")
    assert "变体" in finding.message
    assert finding.fix.text == "存在的主要问题及改进情况"
    assert (finding.fix.span.column, finding.fix.span.end_column) == (3, 14)


# GK105 bracket-style


def test_gk105_mixed_brackets():
    text = replace_once(REPORT, "（二）依申请公开", "(二)依申请公开")
    assert places(text, "GK105") == [(line_of(text, "(二)依申请公开"), 1)]


def test_gk105_half_width_throughout_is_consistent():
    text = REPORT.replace("（一）主", "(一)主").replace("（二）依", "(二)依").replace("（三）政", "(三)政")
    text = text.replace("（四）政", "(四)政").replace("（五）监", "(五)监")
    assert places(text, "GK105") == []


# GK106 report-title


def test_gk106_title_without_the_year():
    text = replace_once(REPORT, "2023年政府信息公开工作年度报告", "政府信息公开工作年度报告")
    assert places(text, "GK106") == [(1, 1)]


def test_gk106_no_title_at_all():
    text = "\n".join(REPORT.split("\n")[3:])
    assert places(text, "GK106") == [(1, 1)]


# GK107 empty-section


def test_gk107_heading_without_content():
    text = replace_once(
        REPORT, "本年度未收取信息处理费。2023年，我县共办理人大代表建议42件、政协提案57件，办理结果均已按要求公开。", ""
    )
    assert places(text, "GK107") == [(line_of(text, SECTION[6]), 1)]


def test_gk107_bare_wu_in_section_five():
    lines = REPORT.split("\n")
    first = line_of(REPORT, SECTION[5])
    last = line_of(REPORT, SECTION[6]) - 1
    text = "\n".join(lines[:first] + ["", "无。", ""] + lines[last:])
    assert places(text, "GK107") == [(first, 1)]


def test_gk107_wu_in_section_six_is_acceptable():
    text = replace_once(
        REPORT,
        "本年度未收取信息处理费。2023年，我县共办理人大代表建议42件、政协提案57件，办理结果均已按要求公开。",
        "无。",
    )
    assert places(text, "GK107") == []


# GK108 overview-topics


def test_gk108_overview_without_platforms():
    lines = REPORT.split("\n")
    platform = line_of(REPORT, "（四）政府信息公开平台建设") - 1
    text = "\n".join(lines[:platform] + lines[platform + 2 :]).replace("门户网站", "专栏")
    assert places(text, "GK108") == [(line_of(text, SECTION[1]), 1)]


def test_gk108_does_not_apply_to_2019_format_reports():
    text = REPORT.replace("2023", "2020").replace("（四）政府信息公开平台建设", "（四）其他")
    text = text.replace("门户网站", "专栏").replace("政务新媒体", "账号").replace("平台", "渠道")
    assert places(text, "GK108") == []


# GK109 outdated-template


def test_gk109_old_reply_limit_and_old_articles():
    text = replace_once(REPORT, "均在法定期限内答复", "均在15个工作日内答复")
    text = replace_once(text, "（以下简称《条例》）和", "第三十一条、第三十二条和")
    reply = line_of(text, "15个工作日")
    lines = text.split("\n")
    assert places(text, "GK109") == [(4, lines[3].index("条例》") + 1), (reply, lines[reply - 1].index("15") + 1)]


def test_gk109_other_articles_31_are_fine():
    text = replace_once(REPORT, "均在法定期限内答复", "依据《条例》第三十二条征求第三方意见后答复")
    assert places(text, "GK109") == []


# GK110 section-heading-not-found


def test_gk110_lost_heading_with_its_subheadings_left():
    text = replace_once(REPORT, SECTION[5] + "\n\n2023年，", "（一）存在的主要问题\n2023年，")
    assert places(text, "GK110") == [(line_of(text, "（一）存在的主要问题"), 1)]
    assert places(text, "GK101") == []
