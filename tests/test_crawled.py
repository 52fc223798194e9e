"""Reports as crawlers dump portal pages: a metadata header, the body flattened into one
line, headings glued to the text before them, table cells packed without separators."""

from pathlib import Path

from linter.readers import text as text_reader

from .helpers import clean_report, findings, linter, places, replace_once

TITLE = "某某县教育局2023年政府信息公开工作年度报告"
HEADER = (
    f"标题: {TITLE}\n"
    "发布时间: 2024-02-20 09:49\n"
    "文号: \n"
    "发布机构: 某某县教育局\n"
    "原文链接: https://www.example.gov.cn/zwgk/t20240220_1.htm\n"
    "页面链接与图片详见 links.tsv(同目录)\n"
    "==================== 正文 ====================\n"
)


def flat(text: str, separator: str = "") -> str:
    return separator.join(text.split("\n"))


def read_text_file(content: str):
    return text_reader.read(Path("page.txt"), content.encode("utf-8"))


def lint_source(source, *select: str):
    return linter(tuple(select)).lint_source(source)


# -- the crawler's header ------------------------------------------------------------------


def test_crawler_header_is_metadata_and_the_title_stays_in_place():
    body = "根据《条例》编制本报告。一、总体情况2023年，我局认真贯彻落实《条例》。"
    source = read_text_file(HEADER + body)
    assert source.metadata["发布时间"] == "2024-02-20 09:49"
    assert source.metadata["发布机构"] == "某某县教育局"
    assert "文号" not in source.metadata  # empty values are no metadata
    lines = source.text.split("\n")
    assert lines[0] == " " * 4 + TITLE  # the key blanked, the title in its own columns
    assert all(not line for line in lines[1:7])
    assert lines[7] == body  # the body on the line an editor shows it on
    model = linter().model(source)
    assert model.title.text == TITLE and model.organ == "某某县教育局"
    assert str(model.published.date) == "2024-02-20"
    assert "原文链接" not in model.text.text and "links.tsv" not in model.text.text


def test_crawler_header_publication_date_gives_gk303():
    late = HEADER.replace("2024-02-20", "2024-03-20")  # a department's deadline is 01-31
    body = "一、总体情况\n2023年，我局认真贯彻落实《条例》。\n"
    assert [f.rule for f in lint_source(read_text_file(late + body), "GK303")] == ["GK303"]
    on_time = HEADER.replace("2024-02-20", "2024-01-20")
    assert lint_source(read_text_file(on_time + body), "GK303") == []


def test_body_title_wins_over_the_header_title():
    source = read_text_file(HEADER + TITLE + "\n一、总体情况\n")
    assert source.text.split("\n")[0] == ""
    assert linter().model(source).title.span.line == 8


def test_key_value_lines_without_the_divider_are_the_report_text():
    content = f"标题: {TITLE}\n发布时间: 2024-02-20\n一、总体情况\n"
    source = read_text_file(content)
    assert source.text == content and not source.metadata


# -- glued level-1 headings ---------------------------------------------------------------

GLUED_REPORT = clean_report()


def test_h1_glued_after_a_unit_is_a_section():
    text = replace_once(GLUED_REPORT, "86.5\n\n三、收到和处理", "86.5万元三、收到和处理")
    assert places(text, "GK101") == []
    missing = replace_once(GLUED_REPORT, "86.5\n\n三、收到和处理政府信息公开申请情况", "86.5万元")
    assert [f.message for f in findings(missing, "GK101")] == ["缺少第三部分“收到和处理政府信息公开申请情况”"]


def test_h1_glued_after_the_title_is_a_section():
    text = replace_once(GLUED_REPORT, "年度报告\n\n本报告依据", "年度报告一、总体情况本报告依据")
    text = replace_once(text, "一、总体情况\n\n2023年，", "2023年，")
    assert places(text, "GK101") == []
    # 统一、 is a word, not a heading: no cut inside a numeral
    assert places("某县2023年政府信息公开工作年度报告\n统一、主动公开政府信息情况良好。\n", "GK101")


# -- glued level-2 headings ---------------------------------------------------------------

SECTION_FIVE = "五、存在的主要问题及改进情况\n\n2023年，我县政府信息公开工作取得了一定成效，但仍存在一些不足："


def test_h2_glued_onto_its_section_title_starts_the_numbering():
    text = replace_once(
        GLUED_REPORT, SECTION_FIVE, "五、存在的主要问题及改进情况（一）主要问题。存在一些不足。（二）改进情况。我县将"
    )
    assert places(text, "GK103") == []
    skipped = replace_once(GLUED_REPORT, SECTION_FIVE, "五、存在的主要问题及改进情况（二）改进情况。我县将")
    assert [f.message for f in findings(skipped, "GK103")] == ["这一级编号从“（二）”开始，应从“一”开始"]


def test_h2_after_a_colon_is_a_heading():
    text = replace_once(GLUED_REPORT, SECTION_FIVE, SECTION_FIVE + "（一）完善机制。加强管理。（二）提高水平。")
    assert places(text, "GK103") == []
    skipped = replace_once(GLUED_REPORT, SECTION_FIVE, SECTION_FIVE + "（二）提高水平。")
    assert len(places(skipped, "GK103")) == 1


def test_h2_in_sequence_on_a_flattened_page_after_a_title_without_a_stop():
    text = flat(clean_report()).replace("（三）政府信息管理。", "政府信息管理的做法（三）政府信息管理。", 1)
    assert places(text, "GK103") == []
    skipped = flat(clean_report()).replace("（二）依申请公开。", "", 1)
    assert [f.message for f in findings(skipped, "GK103")] == ["编号“（三）”跳过了“二”（上一个是“一”）"]


# -- a numbered section the format does not require ------------------------------------------

EXTRA_SECTION = replace_once(
    clean_report(),
    "五、存在的主要问题及改进情况",
    "五、信息处理费收取情况\n\n本年度未收取信息处理费。\n\n六、存在的主要问题及改进情况",
).replace("六、其他需要报告的事项", "七、其他需要报告的事项")


def test_unknown_numbered_section_counts_in_the_numbering_when_flattened():
    assert places(EXTRA_SECTION, "GK103") == []
    assert places(flat(EXTRA_SECTION), "GK103") == []
    skipped = flat(EXTRA_SECTION.replace("五、信息处理费收取情况", "信息处理费收取情况"))
    assert [f.message for f in findings(skipped, "GK103")] == ["编号“六、”跳过了“五”（上一个是“四”）"]


# -- packed tables ---------------------------------------------------------------------------

PACKED = (
    f"{TITLE}\n"
    "本报告所列数据的统计期限为2023年1月1日至2023年12月31日。"
    "三、收到和处理政府信息公开申请情况申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"
    "一、本年新收政府信息公开申请数量5100000二、上年结转政府信息公开申请数量0000000"
    "三、本年度办理结果（一）予以公开5100000（七）总计5100000四、结转下年度继续办理0000000"
    "四、政府信息公开行政复议、行政诉讼情况全年未发生行政复议、行政诉讼。\n"
)


def test_packed_table_is_gk202_at_its_label_not_gk201():
    (finding,) = findings(PACKED, "GK202")
    assert finding.span.line == 2 and finding.span.column == PACKED.split("\n")[1].index("申请人情况") + 1
    assert "表三" in finding.message and "单元格之间没有分隔" in finding.message
    assert [f.message for f in findings(PACKED, "GK201")] == ["缺少表四“政府信息公开行政复议、行政诉讼情况”"]
    (english,) = findings(PACKED, "GK202", lang="en")
    assert "packed without separators" in english.message


def test_packed_table_gives_no_arithmetic_from_a_guessed_split():
    # 5100000 read as 5 1 0 0 0 0 0 would fail the row total (5 + 1 ≠ 0): no split is guessed
    assert [f.rule for f in findings(PACKED) if f.rule in ("GK203", "GK204", "GK205", "GK206", "GK207")] == []


def test_table_told_in_prose_is_still_missing():
    prose = PACKED.split("三、收到")[0] + "三、收到和处理政府信息公开申请情况本年新收申请5件，予以公开5件。\n"
    assert [f.rule for f in findings(prose, "GK201", "GK202")] == ["GK201"]


def test_table_run_into_one_line_with_its_cell_rules():
    rows = [
        "| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |",
        "|---|---|---|---|---|---|---|---|",
        "| 一、本年新收政府信息公开申请数量 | 5 | 1 | 0 | 0 | 0 | 0 | 6 |",
        "| 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
        "| 三、本年度办理结果 | （一）予以公开 | 5 | 1 | 0 | 0 | 0 | 0 | 6 |",
    ]
    text = f"{TITLE}\n三、收到和处理政府信息公开申请情况" + "".join(rows) + "\n"
    (finding,) = findings(text, "GK202")
    assert "各行连成了一行" in finding.message
    assert places(text, "GK201") == []


# -- a year in a cited document's title ------------------------------------------------------

CITING = (
    "某某县教育局2022年政府信息公开工作年度报告\n"
    "根据《某某县人民政府办公室关于做好{year}年政府信息公开工作年度报告编制公布工作的通知》要求，编制本报告。"
    "本报告所列数据的统计期限为2022年1月1日至2022年12月31日。\n"
    "一、总体情况\n2022年，我局认真贯彻落实《条例》。\n"
)


def test_year_in_a_cited_document_is_not_a_report_year():
    assert places(CITING.format(year=2021), "GK302") == []
    uncited = (
        CITING.format(year=2021).replace("《某某县人民政府办公室关于做好", "按照").replace("的通知》要求", "的要求")
    )
    assert places(uncited, "GK302") == [(2, uncited.split("\n")[1].index("2021") + 1)]


def test_a_table_row_numbered_like_the_skipped_section_does_not_explain_the_gap():
    skipped = (
        clean_report()
        .replace("六、其他需要报告的事项", "七、其他需要报告的事项")
        .replace("五、存在的主要问题及改进情况", "六、存在的主要问题及改进情况")
        .replace("四、政府信息公开行政复议", "五、政府信息公开行政复议")
    )
    message = "编号“五、”跳过了“四”（上一个是“三”）"  # 四、结转下年度继续办理 is 表三's row
    assert [f.message for f in findings(skipped, "GK103")] == [message]
    assert [f.message for f in findings(flat(skipped), "GK103")] == [message]
