"""Reading HTML pages: the report body, tables, metadata, charsets, damage."""

import sys

import pytest

from linter import readers
from linter.readers.source import Place, Source, Unreadable
from linter.run.engine import Linter

from . import report_formats

TITLE = "某某县教育局2023年政府信息公开工作年度报告"


def read(tmp_path, page: str | bytes, name: str = "report.html") -> Source | Unreadable:
    path = tmp_path / name
    path.write_bytes(page.encode("utf-8") if isinstance(page, str) else page)
    return readers.read(path)


def lines(tmp_path, page: str | bytes) -> list[str]:
    return read(tmp_path, page).text.splitlines()


def test_inline_markup_joins_and_blocks_and_br_break_lines(tmp_path):
    page = (
        "<p><span>一、</span><b>总体</b><font>情况</font></p>"
        "<p>&nbsp;&nbsp;\u3000第一句。<br>第二句<br/>  </p>"
        "<div>甲<div>乙</div>丙</div>"
    )
    assert lines(tmp_path, page) == ["一、总体情况", "第一句。", "第二句", "甲", "乙", "丙"]


def test_a_line_break_in_the_source_between_cjk_characters_is_no_space(tmp_path):
    page = "<p>一、总体\n   情况</p><p>Open\n data 2023\n年</p>"
    assert lines(tmp_path, page) == ["一、总体情况", "Open data 2023 年"]


def test_scripts_styles_navigation_and_hidden_text_are_not_the_report(tmp_path):
    page = """<html><head><title>二、主动公开</title><style>p{}</style></head><body>
    <header>四、政府网站</header><nav>三、导航</nav>
    <div><a href="/">首页</a> &gt; <a href="/a">信息公开</a> &gt; <a href="/b">年报</a></div>
    <script>document.write("五、脚本")</script><noscript>六、</noscript>
    <p>正文第一段，见<a href="/f">附件</a>。</p>
    <p hidden>隐藏一</p><p style="DISPLAY: none">隐藏二</p><p aria-hidden="true">隐藏三</p>
    <form><input value="搜索"><button>提交</button></form>
    <aside>相关链接</aside><footer>网站标识码</footer></body></html>"""
    assert lines(tmp_path, page) == ["正文第一段，见附件。"]


def test_tables_become_grid_rows_with_their_places(tmp_path):
    page = """<table>
<caption>表一</caption>
<tr><th rowspan="2">信息内容</th><th colspan="2">数量</th></tr>
<tr><td><p>本年</p><p>制发</p></td><td>废止</td></tr>
<tr><td>规章</td><td>0</td><td></td></tr>
</table>"""
    source = read(tmp_path, page)
    assert source.text.splitlines() == ["表一", "信息内容\t数量\t", "\t本年制发\t废止", "规章\t0\t"]
    assert source.places[1:] == (
        Place(table=1, row=1, source_line=3),
        Place(table=1, row=2, source_line=4),
        Place(table=1, row=3, source_line=5),
    )


def test_layout_tables_are_read_as_text_and_their_data_tables_as_tables(tmp_path):
    page = """<table><tr><td>
<p>一、总体情况</p><p>正文。</p>
<table><tr><td>规章</td><td>0</td></tr></table>
</td></tr></table>
<table><tr><td><p>二、主动公开政府信息情况</p><p>框内正文。</p></td></tr></table>"""
    source = read(tmp_path, page)
    assert source.text.splitlines() == ["一、总体情况", "正文。", "规章\t0", "二、主动公开政府信息情况", "框内正文。"]
    assert source.places[2].table == 1


def test_the_metadata_table_is_page_metadata_not_report_content(tmp_path):
    page = """<table><tr><td>索引号：</td><td>000/2024-1</td><td>发布机构：</td><td>某某县人民政府办公室</td></tr>
<tr><td>发文机关</td><td>某某县人民政府</td><td>公开日期</td><td>2024-01-17</td></tr></table>
<h1>标题</h1>"""
    source = read(tmp_path, page)
    assert source.text == "标题\n"
    assert dict(source.metadata) == {
        "索引号": "000/2024-1",
        "发布机构": "某某县人民政府办公室",
        "公开日期": "2024-01-17",
    }


def test_the_guidelines_meta_tags_are_metadata_too(tmp_path):
    page = '<head><meta name="PubDate" content="2024-04-02 09:30"><meta name="ContentSource" content="某某县人民政府"></head><p>x</p>'
    assert dict(read(tmp_path, page).metadata) == {"发布日期": "2024-04-02 09:30", "发布机构": "某某县人民政府"}


def test_a_late_publication_date_on_the_page_is_gk303(tmp_path):
    on_time = Linter.default().lint_path(_page(tmp_path, "2024-01-20"))
    late = Linter.default().lint_path(_page(tmp_path, "2024-04-02"))
    assert "GK303" not in {f.rule for f in on_time}
    assert [f.message for f in late if f.rule == "GK303"] == [
        "发布日期 2024-04-02 晚于规定期限 2024-01-31（政府部门应于1月31日前公布）"
    ]


def _page(tmp_path, published):
    path = tmp_path / f"{published}.html"
    path.write_bytes(report_formats.to_html(published=published))
    return path


@pytest.mark.parametrize(
    "data",
    [
        f'<meta charset="gb2312"><p>{TITLE}</p>'.encode("gb18030"),
        f'<meta http-equiv="Content-Type" content="text/html; charset=GBK"><p>{TITLE}</p>'.encode("gb18030"),
        f"<p>{TITLE}</p>".encode("gb18030"),  # no declaration: detected
        f'<meta charset="utf-8"><p>{TITLE}</p>'.encode("gb18030"),  # a wrong declaration: detected
        f'<meta charset="x-unknown"><p>{TITLE}</p>'.encode(),
        f'<?xml version="1.0" encoding="utf-8"?><html><p>{TITLE}</p></html>'.encode(),
        f"\ufeff<p>{TITLE}</p>".encode("utf-16"),
    ],
)
def test_the_charset_is_the_page_s_or_detected(tmp_path, data):
    assert lines(tmp_path, data) == [TITLE]


def test_empty_and_binary_pages(tmp_path):
    assert read(tmp_path, b"").text == ""
    assert read(tmp_path, b" \n ").text == ""
    assert read(tmp_path, b"<html><body></body></html>").text == ""
    assert read(tmp_path, bytes(range(256)) * 4).reason == "binary"
    assert read(tmp_path, b"\x81\x30\xff\xfe\x80" * 50).reason == "encoding"
    assert [f.rule for f in Linter.default().lint_path(tmp_path / "report.html")] == ["GK001"]


def test_broken_markup_is_read_as_browsers_read_it(tmp_path):
    page = "<p>一、总体情况<p>正文<table><tr><td>规章<td>0</table><p>二、主动公开政府信息情况"
    assert lines(tmp_path, page) == ["一、总体情况", "正文", "规章\t0", "二、主动公开政府信息情况"]


def test_htm_and_a_doc_that_is_a_web_page_are_read_as_html(tmp_path):
    (tmp_path / "r.htm").write_bytes(b"<p>x</p>")
    (tmp_path / "r.doc").write_bytes("<html><body><p>一、总体情况</p></body></html>".encode("gb18030"))
    assert readers.read(tmp_path / "r.htm").text == "x\n"
    assert readers.read(tmp_path / "r.doc").text == "一、总体情况\n"


def test_without_lxml_a_page_is_gk001_naming_it(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "lxml.html", None)
    unreadable = read(tmp_path, "<p>x</p>")
    assert unreadable == Unreadable(str(tmp_path / "report.html"), "missing-extra", "pip install 'lxml'")
    finding = Linter.default().lint_source(unreadable)[0]
    assert finding.message == "读取这种格式的文件需要安装可选组件：pip install 'lxml'"


def test_deeply_nested_markup_neither_crashes_nor_runs_out_of_stack(tmp_path):
    def nested(depth):
        return "<div>" * depth + "<p>一、总体情况</p>" + "</div>" * depth

    assert lines(tmp_path, nested(200)) == ["一、总体情况"]
    # deeper than the reader walks: said, not dropped as if the page were empty
    (tmp_path / "deep.html").write_text(nested(20000), encoding="utf-8")
    assert readers.read(tmp_path / "deep.html").reason == "too-complex"
