"""The intermediate form: grid expansion of merged cells, joining wrapped text, the builder."""

from linter.readers.layout import MAX_COLUMNS, TextBuilder, clean, expand_grid, join_wrapped
from linter.readers.source import Place


def test_rowspan_and_colspan_fill_the_grid_with_text_in_the_first_cell():
    rows = [
        [("说明", 3, 3), ("申请人情况", 1, 7)],
        [("自然人", 2, 1), ("法人或其他组织", 1, 5), ("总计", 2, 1)],
        [("商业企业", 1, 1), ("科研机构", 1, 1), ("社会公益组织", 1, 1), ("法律服务机构", 1, 1), ("其他", 1, 1)],
    ]
    assert expand_grid(rows) == [
        ["说明", "", "", "申请人情况", "", "", "", "", "", ""],
        ["", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"],
        ["", "", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""],
    ]


def test_rowspan_zero_runs_to_the_end_and_spans_stop_at_the_last_row():
    assert expand_grid([[("三、", 0, 1), ("a", 1, 1)], [("b", 1, 1)], [("c", 1, 1)]]) == [
        ["三、", "a"],
        ["", "b"],
        ["", "c"],
    ]
    assert expand_grid([[("x", 99, 1), ("a", 1, 1)], [("b", 1, 1)]]) == [["x", "a"], ["", "b"]]


def test_ragged_rows_are_padded_and_absurd_spans_capped():
    assert expand_grid([[("a", 1, 1)], [("b", 1, 1), ("c", 1, 1)]]) == [["a", ""], ["b", "c"]]
    wide = expand_grid([[("a", 1, 100000), ("lost", 1, 1)]])
    assert wide == [["a"] + [""] * (MAX_COLUMNS - 1)]


def test_overlapping_spans_keep_the_first_cell():
    # a cell spanning down into a row that also declares a cell there: the later one moves right
    assert expand_grid([[("a", 2, 1), ("b", 1, 1)], [("c", 1, 1)]]) == [["a", "b"], ["", "c"]]


def test_wrapped_text_joins_without_a_space_unless_words_of_latin_script_meet():
    assert join_wrapped(["商业", "企业"]) == "商业企业"
    assert join_wrapped(["三", "、", "本", "年"]) == "三、本年"
    assert join_wrapped(["2023", "年"]) == "2023年"
    assert join_wrapped(["Total", "count", "", "  "]) == "Total count"


def test_lines_hold_no_tab_or_break_of_their_own():
    assert clean("\u3000\u3000一、\t总体\n情况\u2028 ") == "一、 总体 情况"
    builder = TextBuilder()
    builder.line("  ", Place(paragraph=1))
    builder.line("一、总体情况", Place(paragraph=2))
    builder.row(["", "", ""], Place(table=1, row=1))
    builder.row(["规章\t", "0", ""], Place(table=1, row=2))
    source = builder.source("r.docx", "docx", {"发布机构": "某某局"})
    assert source.text == "一、总体情况\n规章\t0\t\n"
    assert source.places == (Place(paragraph=2), Place(table=1, row=2))
    assert source.metadata["发布机构"] == "某某局"
    assert TextBuilder().source("r.docx", "docx").text == ""
