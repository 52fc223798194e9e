"""GK402 processing-fee: section 六 of a 2021-format report states the 信息处理费 charged."""

from ..helpers import clean_report, findings, line_of, places, replace_once

REPORT = clean_report()  # 六 says 本年度未收取信息处理费
NIL = "本年度未收取信息处理费。"
FEE_ROW = "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0"
UNPAID_ROW = "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t2\t0\t0\t0\t0\t0\t2"


def test_gk402_nil_statement_passes():
    assert places(REPORT, "GK402") == []


def test_gk402_silent_section_six():
    text = replace_once(REPORT, NIL, "")
    (finding,) = findings(text, "GK402")
    assert finding.span.line == line_of(text, "六、其他需要报告的事项")
    assert finding.severity == "warning"
    assert "信息处理费" in finding.message


def test_gk402_fee_charged_in_other_words_passes():
    for stated in (
        "全年收取政府信息公开信息处理费 3940 元。",
        "2024 年，市科委未发生政府信息公开收费事项。",
        "本机关未收取信息公开处理费。",
    ):
        assert places(replace_once(REPORT, NIL, stated), "GK402") == [], stated


def test_gk402_unpaid_fee_notices_with_a_nil_statement_pass():
    text = replace_once(REPORT, FEE_ROW, UNPAID_ROW)
    text = replace_once(text, "\t（七）总计\t41\t3\t0\t0\t1\t1\t46", "\t（七）总计\t43\t3\t0\t0\t1\t1\t48")
    assert places(text, "GK402") == []
    (finding,) = findings(replace_once(text, NIL, ""), "GK402")
    assert "有2件" in finding.message  # the notices the table counts are named


def test_gk402_not_for_2019_format_reports():
    text = replace_once(REPORT, NIL, "").replace("2023年", "2020年")
    assert places(text, "GK402") == []


def test_gk402_not_when_section_six_is_missing():
    text = REPORT[: REPORT.index("六、其他需要报告的事项")]
    assert places(text, "GK402") == []
    assert [f.rule for f in findings(text, "GK101")] == ["GK101"]


def test_gk402_in_english():
    (finding,) = findings(replace_once(REPORT, NIL, ""), "GK402", lang="en")
    assert "information processing fees" in finding.message
