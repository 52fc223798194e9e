"""GK3xx and GK4xx on report text."""

from ..helpers import clean_report, findings, line_of, places, replace_once

REPORT = clean_report()
PERIOD = "统计期限为2023年1月1日至2023年12月31日"


def test_clean_report_has_no_date_or_content_finding():
    for rule in ("GK301", "GK302", "GK303", "GK401"):
        assert places(REPORT, rule, published="2024-03-20") == [], rule


# GK301 statistical-period


def test_gk301_period_of_the_wrong_year():
    text = replace_once(REPORT, PERIOD, "统计期限为2022年1月1日至2022年12月31日")
    line = line_of(text, "统计期限为")
    assert places(text, "GK301") == [(line, text.split("\n")[line - 1].index("2022") + 1)]


def test_gk301_period_shorter_than_a_year():
    text = replace_once(REPORT, PERIOD, "统计期限为2023年1月1日至2023年11月30日")
    (finding,) = findings(text, "GK301")
    assert "2023年1月1日至2023年11月30日" in finding.message


def test_gk301_is_silent_without_a_period():
    text = replace_once(REPORT, "报告中所列数据的" + PERIOD + "。", "")
    assert places(text, "GK301") == []


# GK302 year-consistency


def test_gk302_title_left_from_last_year():
    text = replace_once(REPORT, "2023年政府信息公开工作年度报告", "2022年政府信息公开工作年度报告")
    assert places(text, "GK302") == [(2, 1)]
    assert places(text, "GK301") == []


def test_gk302_body_left_from_last_year():
    text = replace_once(REPORT, "2023年，青禾县人民政府认真贯彻", "2022年，青禾县人民政府认真贯彻")
    assert places(text, "GK302") == [(line_of(text, "2022年，青禾县"), 1)]


def test_gk302_year_option_outranks_the_text():
    assert places(REPORT, "GK302", year=2024) == [(2, 1), (line_of(REPORT, "2023年，青禾县"), 1)]


# GK303 publication-deadline


def test_gk303_government_published_after_31_march():
    assert places(REPORT, "GK303", published="2024-04-01") == [(1, 1)]
    assert places(REPORT, "GK303", published="2024-03-31") == []


def test_gk303_department_published_after_31_january():
    text = REPORT.replace("青禾县人民政府", "青禾县教育局")
    assert places(text, "GK303", published="2024-02-01") == [(1, 1)]
    assert places(text, "GK303", published="2024-01-31") == []


def test_gk303_date_line_in_the_text():
    text = replace_once(REPORT, "\n\n本报告依据", "\n发布日期：2024-04-15\n\n本报告依据")
    assert places(text, "GK303") == [(3, 1)]


def test_gk303_no_statutory_deadline_for_townships():
    text = REPORT.replace("青禾县人民政府", "青禾县清河镇人民政府")
    assert places(text, "GK303", published="2024-06-01") == []


def test_gk303_silent_without_a_date():
    assert places(REPORT, "GK303") == []


# GK401 government-assessment


def test_gk401_government_without_appraisal_and_accountability():
    text = replace_once(
        REPORT,
        "组织群众代表和企业代表开展社会评议2次，满意度为96.5%；全年未发生因政府信息公开工作被责任追究的情况。",
        "",
    )
    (finding,) = findings(text, "GK401")
    assert (finding.span.line, finding.span.column) == (line_of(text, "（五）监督保障"), 1)
    assert "社会评议、责任追究" in finding.message


def test_gk401_does_not_apply_to_departments():
    text = REPORT.replace("青禾县人民政府", "青禾县教育局").replace("社会评议", "座谈").replace("责任追究", "处理")
    assert places(text, "GK401") == []


def test_gk401_english_message_lists_what_is_missing():
    text = REPORT.replace("社会评议", "座谈").replace("满意度", "好评率")
    (finding,) = findings(text, "GK401", lang="en")
    assert "public appraisal (社会评议)" in finding.message
