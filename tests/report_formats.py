"""One report, written out as each format drafters and portals use: .txt, .docx, .html, .pdf.

The report is text in which a line with ``|`` is a table row, a cell for every column of
the table's grid; ``{rows,columns}`` after a cell's text merges it over that many rows
and columns (as the national format merges its headers), the cells it covers left
empty. ``plain`` is the text a reader should extract; the builders make files from it
with python-docx, an HTML writer of our own and reportlab, never from stored binaries.
"""

from __future__ import annotations

import html
import io
import re
from typing import NamedTuple

# An education bureau's report with typical defects (those of samples/2023-qinghe-education-bureau.txt).
REPORT = """\
青禾县教育局2023年政府信息公开年度报告
本报告根据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限为2022年1月1日至2022年12月31日。
一、总体情况
2023年，县教育局认真贯彻落实《条例》，扎实做好教育领域政府信息公开工作。
（一）主动公开。全年在教育局政府信息公开专栏主动公开政府信息312条，其中招生入学、学生资助等重点领域信息126条。
(二) 依申请公开。全年共收到政府信息公开申请6件，均在15个工作日内答复。
（三）政府信息管理。严格落实信息发布“三审三校”制度，全年未发生信息发布差错。
(四) 监督保障。将政务公开纳入局机关年度考核，组织全局政务公开业务培训2次。
二、主动公开政府信息情况
第二十条第（一）项{1,4}|||
信息内容|本年制发件数|本年废止件数|现行有效件数
规章|0|0|0
行政规范性文件|2|1|9
第二十条第（五）项{1,4}|||
信息内容|本年处理决定数量{1,3}||
行政许可|57{1,3}||
第二十条第（六）项{1,4}|||
信息内容|本年处理决定数量{1,3}||
行政处罚|3{1,3}||
行政强制|0{1,3}||
第二十条第（八）项{1,4}|||
信息内容|本年收费金额（单位：万元）{1,3}||
行政事业性收费|0{1,3}||
三、收到和处理政府信息公开申请情况
（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）{3,3}|||申请人情况{1,7}||||||
|||自然人{2,1}|法人或其他组织{1,5}|||||总计{2,1}
||||商业企业|科研机构|社会公益组织|法律服务机构|其他|
一、本年新收政府信息公开申请数量{1,3}|||6|0|0|0|0|0|6
二、上年结转政府信息公开申请数量{1,3}|||0|0|0|0|0|0|0
三、本年度办理结果{22,1}|（一）予以公开{1,2}||4|0|0|0|0|0|4
|（二）部分公开（区分处理的，只计这一情形，不计其他情形）{1,2}||0|0|0|0|0|0|0
|（三）不予公开{8,1}|1.属于国家秘密|0|0|0|0|0|0|0
||2.其他法律行政法规禁止公开|0|0|0|0|0|0|0
||3.危及“三安全一稳定”|0|0|0|0|0|0|0
||4.保护第三方合法权益|0|0|0|0|0|0|0
||5.属于三类内部事务信息|0|0|0|0|0|0|0
||6.属于四类过程性信息|0|0|0|0|0|0|0
||7.属于行政执法案卷|0|0|0|0|0|0|0
||8.属于行政查询事项|0|0|0|0|0|0|0
|（四）无法提供{3,1}|1.本机关不掌握相关政府信息|2|0|0|0|0|0|2
||2.没有现成信息需要另行制作|0|0|0|0|0|0|0
||3.补正后申请内容仍不明确|0|0|0|0|0|0|0
|（五）不予处理{5,1}|1.信访举报投诉类申请|0|0|0|0|0|0|0
||2.重复申请|0|0|0|0|0|0|0
||3.要求提供公开出版物|0|0|0|0|0|0|0
||4.无正当理由大量反复申请|0|0|0|0|0|0|0
||5.要求行政机关确认或重新出具已获取信息|0|0|0|0|0|0|0
|（六）其他处理{3,1}|1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请|0|0|0|0|0|0|0
||2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请|0|0|0|0|0|0|0
||3.其他|0|0|0|0|0|0|0
|（七）总计{1,2}||6|0|0|0|0|0|6
四、结转下年度继续办理{1,3}|||0|0|0|0|0|0|0
四、政府信息公开行政复议、行政诉公情况
行政复议{1,5}|||||行政诉讼{1,10}|||||||||
结果维持{2,1}|结果纠正{2,1}|其他结果{2,1}|尚未审结{2,1}|总计{2,1}|未经复议直接起诉{1,5}|||||复议后起诉{1,5}||||
|||||结果维持|结果纠正|其他结果|尚未审结|总计|结果维持|结果纠正|其他结果|尚未审结|总计
0|0|0|0|0|0|0|0|0|0|0|0|0|0|0
六、其他需要报告的事项
本年度未收取信息处理费。
"""

# What rules find in REPORT, whatever its format: (rule, start of the message).
FINDINGS = {
    ("GK101", "缺少第五部分“存在的主要问题及改进情况”"),
    ("GK104", "标题“政府信息公开行政复议、行政诉公情况”与格式规定的“政府信息公开行政复议、行政诉讼情况”不一致"),
    ("GK105", "二级标题编号“(二)”使用半角括号"),
    ("GK105", "二级标题编号“(四)”使用半角括号"),
    ("GK106", "报告标题缺少“政府信息公开工作年度报告”字样"),
    ("GK108", "“总体情况”没有涉及政府信息公开平台建设"),
    ("GK109", "“15个工作日”"),
    ("GK301", "统计期限写为“2022年1月1日至2022年12月31日”"),
}

_SPAN = re.compile(r"\{(\d+),(\d+)\}$")
_LEVEL1 = re.compile(r"^([一二三四五六])、(.*)$")


class Cell(NamedTuple):
    text: str
    rows: int = 1
    columns: int = 1


Block = str | list[list[Cell | None]]  # a paragraph, or a table's grid (None: covered by a merged cell)


def plain(report: str = REPORT) -> str:
    """The report as a text file: tab-separated rows, merge marks dropped."""
    return "".join(
        "\t".join(_SPAN.sub("", cell) for cell in line.split("|")) + "\n" if "|" in line else line + "\n"
        for line in report.splitlines()
    )


def blocks(report: str = REPORT) -> list[Block]:
    """Paragraphs, and tables as grids with their merged cells."""
    result: list[Block] = []
    rows: list[list[str]] = []
    for line in report.splitlines() + [""]:
        if "|" in line:
            rows.append(line.split("|"))
            continue
        if rows:
            result.append(_grid(rows))
            rows = []
        if line:
            result.append(line)
    return result


def _grid(rows: list[list[str]]) -> list[list[Cell | None]]:
    grid: list[list[Cell | None]] = [[Cell(_SPAN.sub("", text)) for text in row] for row in rows]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if match := _SPAN.search(text):
                height, width = int(match.group(1)), int(match.group(2))
                for below in range(r, r + height):
                    for right in range(c, c + width):
                        assert not grid[below][right].text or (below, right) == (r, c), (
                            f"merge over text at {below},{right}"
                        )
                        grid[below][right] = None
                grid[r][c] = Cell(_SPAN.sub("", text), height, width)
    return grid


# -- Word -----------------------------------------------------------------------------------------------

_NUMBERING = """
<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:abstractNumId="90">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl>
</w:abstractNum>"""
_NUM = """<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:numId="90"><w:abstractNumId w:val="90"/></w:num>"""


def to_docx(report: str = REPORT, auto_numbering: bool = True) -> bytes:
    """A Word document: paragraphs, Word tables with merged cells, and the level-1
    headings 一、…四、 numbered automatically by Word (their text without the number)."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    if auto_numbering:
        numbering = document.part.numbering_part.element
        numbering.insert(0, parse_xml(_NUMBERING))
        numbering.append(parse_xml(_NUM))
    numbered = 0
    for block in blocks(report):
        if isinstance(block, str):
            match = _LEVEL1.match(block)
            if auto_numbering and match and "一二三四五六".index(match.group(1)) == numbered:
                numbered += 1
                _numbered(document.add_paragraph(match.group(2)), level=0)
            else:
                document.add_paragraph(block)
            continue
        table = document.add_table(rows=len(block), cols=len(block[0]))
        table.style = "Table Grid"
        for r, row in enumerate(block):
            for c, cell in enumerate(row):
                if cell is None:
                    continue
                target = table.cell(r, c)
                if cell.rows > 1 or cell.columns > 1:
                    target = target.merge(table.cell(r + cell.rows - 1, c + cell.columns - 1))
                target.text = cell.text
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def _numbered(paragraph, level: int) -> None:
    from docx.oxml import parse_xml

    paragraph._p.get_or_add_pPr().append(
        parse_xml(
            '<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f'<w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'
        )
    )


# -- HTML -----------------------------------------------------------------------------------------------


def to_html(
    report: str = REPORT, charset: str = "utf-8", published: str = "2024-01-20", organ: str = "青禾县教育局"
) -> bytes:
    """A portal page: site chrome around the report body, a metadata table, the title in
    ``<h1>`` and headings split over ``<span>``s, tables with rowspan/colspan."""
    parts = [
        "<!DOCTYPE html><html><head>",
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">',
        "<title>青禾县教育局-政府信息公开</title><style>p { text-indent: 2em }</style>",
        "<script>var 一、总体情况 = '二、主动公开政府信息情况';</script></head><body>",
        '<div class="top"><a href="/">首页</a> &gt; <a href="/xxgk">政府信息公开</a> &gt; <a href="/nb">年度报告</a></div>',
        "<nav><ul><li><a href='/'>网站首页</a></li><li>三、收到和处理政府信息公开申请情况</li></ul></nav>",
        '<table class="meta"><tr><td>索引号</td><td>000000000/2024-00001</td><td>发布机构</td>'
        f"<td>{organ}</td></tr><tr><td>公开日期</td><td>{published}</td><td>分类</td><td>年度报告</td></tr></table>",
        '<div class="content">',
    ]
    body = blocks(report)
    parts.append(f"<h1>{_split_spans(body[0])}</h1>")
    for block in body[1:]:
        parts.append(_html_table(block) if isinstance(block, list) else f"<p>&nbsp;&nbsp;{_split_spans(block)}</p>")
    parts.append('</div><div style="display:none">五、存在的主要问题及改进情况</div>')
    parts.append("<footer>主办单位：青禾县教育局　网站标识码：0000000000</footer></body></html>")
    page = "\n".join(parts)
    return page.encode("gb18030" if charset.lower() in ("gb2312", "gbk", "gb18030") else charset)


def _split_spans(text: str) -> str:
    """Text as Word and WPS export it: in ``<span>``s of a few characters."""
    pieces = [html.escape(text[i : i + 4]) for i in range(0, len(text), 4)]
    return "".join(f'<span style="font-family:仿宋">{piece}</span>' for piece in pieces)


def _html_table(grid: list[list[Cell | None]]) -> str:
    rows = []
    for row in grid:
        cells = []
        for cell in row:
            if cell is None:
                continue
            spans = (f' rowspan="{cell.rows}"' if cell.rows > 1 else "") + (
                f' colspan="{cell.columns}"' if cell.columns > 1 else ""
            )
            cells.append(f"<td{spans}>{_wrapped_cell(cell.text)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return '<table border="1"><tbody>\n' + "\n".join(rows) + "\n</tbody></table>"


def _wrapped_cell(text: str) -> str:
    """Long cell text in two ``<p>``s, as editors wrap header cells (``<p>商业</p><p>企业</p>``)."""
    if len(text) >= 4 and not text.isdigit():
        middle = len(text) // 2
        return f"<p>{html.escape(text[:middle])}</p><p>{html.escape(text[middle:])}</p>"
    return html.escape(text)


# -- PDF ------------------------------------------------------------------------------------------------


def to_pdf(report: str = REPORT) -> bytes:
    """A PDF typeset with reportlab in the CID font STSong-Light: paragraphs wrapped
    over lines, and ruled tables with merged cells (long cell text wraps in its cell)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    text = ParagraphStyle("text", fontName="STSong-Light", fontSize=14, leading=22, wordWrap="CJK")
    title = ParagraphStyle("title", parent=text, fontSize=16, leading=24, alignment=1)
    small = ParagraphStyle("cell", fontName="STSong-Light", fontSize=7, leading=9, wordWrap="CJK")
    body = blocks(report)
    story = [Paragraph(html.escape(body[0]), title)]
    for block in body[1:]:
        if isinstance(block, str):
            story.append(Paragraph(html.escape(block), text))
            continue
        cells = [[Paragraph(html.escape(cell.text), small) if cell else "" for cell in row] for row in block]
        style = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        style += [
            ("SPAN", (c, r), (c + cell.columns - 1, r + cell.rows - 1))
            for r, row in enumerate(block)
            for c, cell in enumerate(row)
            if cell and (cell.rows > 1 or cell.columns > 1)
        ]
        table = Table(cells, colWidths=_widths(block), style=TableStyle(style))
        story += [Spacer(0, 4), table, Spacer(0, 4)]
    stream = io.BytesIO()
    SimpleDocTemplate(stream, pagesize=A4, leftMargin=40, rightMargin=40).build(story)
    return stream.getvalue()


def _widths(grid: list[list[Cell | None]]) -> list[float]:
    """Columns wide enough for their longest single-column cell, within the page."""
    columns = len(grid[0])
    longest = [
        max((len(row[c].text) for row in grid if row[c] and row[c].columns == 1), default=2) for c in range(columns)
    ]
    weights = [min(max(length, 3), 30) for length in longest]
    return [510 * w / sum(weights) for w in weights]
