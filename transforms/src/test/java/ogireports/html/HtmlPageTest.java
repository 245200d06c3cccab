package ogireports.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import ogireports.model.ApplicantColumn;
import ogireports.model.ApplicationRow;
import ogireports.model.ApplicationRowId;
import ogireports.model.CellValue;
import ogireports.model.DisclosureValue;
import ogireports.model.ReportTables;
import ogireports.model.ReviewLitigationRow;
import ogireports.model.Template;
import ogireports.tables.TableReader;
import ogireports.text.SectionSplitter;
import org.junit.jupiter.api.Test;

/** HTML pages as CMS sites publish them read to the same tables as their text equivalent. */
class HtmlPageTest {

  private static byte[] resource(String name) {
    try (InputStream in = HtmlPageTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ReportTables tables(List<String> lines) {
    return TableReader.read(lines, SectionSplitter.split(lines));
  }

  private static ReportTables seed000Text() {
    try {
      String text = Files.readString(Path.of("..", "samples", "000_0d9ef2ec1467d7f8.txt"));
      return tables(Arrays.asList(text.replace("\r", "").split("\n", -1)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Tables equal cell by cell (values, blanks, units), ignoring source lines and raw spacing. */
  private static void assertSameTables(ReportTables html, ReportTables text) {
    assertThat(html.template()).isEqualTo(text.template());
    assertThat(html.activeDisclosure().values()).hasSameSizeAs(text.activeDisclosure().values());
    for (DisclosureValue v : text.activeDisclosure().values()) {
      DisclosureValue h = html.activeDisclosure().value(v.item(), v.measure()).orElseThrow();
      assertThat(h.cell().value()).as(v.item() + " " + v.measure()).isEqualTo(v.cell().value());
      assertThat(h.unit()).as(v.item() + " " + v.measure()).isEqualTo(v.unit());
    }
    assertThat(html.applications().rows())
        .extracting(ApplicationRow::rowId)
        .containsExactlyElementsOf(
            text.applications().rows().stream().map(ApplicationRow::rowId).toList());
    for (ApplicationRow r : text.applications().rows()) {
      ApplicationRow h = html.applications().row(r.rowId()).orElseThrow();
      assertThat(h.status()).isEqualTo(r.status());
      assertThat(h.cells())
          .extracting(CellValue::value)
          .containsExactlyElementsOf(r.cells().stream().map(CellValue::value).toList());
    }
    assertThat(html.applications().problems()).isEqualTo(text.applications().problems());
    for (ReviewLitigationRow g : text.reviewLitigation().groups()) {
      ReviewLitigationRow h = html.reviewLitigation().group(g.group()).orElseThrow();
      assertThat(h.cells())
          .extracting(CellValue::value)
          .containsExactlyElementsOf(g.cells().stream().map(CellValue::value).toList());
    }
  }

  /** The 1-based line of the first HTML source line containing {@code text}. */
  private static int sourceLineOf(String html, String text) {
    String[] lines = html.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text);
  }

  @Test
  void gbkPageDeclaresItsCharsetAndReadsLikeSeed000() {
    byte[] bytes = resource("seed000_gbk.html");
    String charset = HtmlPage.declaredCharset(bytes);
    assertThat(charset).isEqualTo("GBK");
    String html = new String(bytes, Charset.forName(charset));
    assertThat(HtmlPage.looksLikeHtml(html)).isTrue();
    HtmlPage.Rendered page = HtmlPage.render(html);
    ReportTables t = tables(page.lines());
    assertThat(t.template()).isEqualTo(Template.T2019);
    assertThat(t.layout()).isEqualTo("tsv_rows");
    assertSameTables(t, seed000Text());
    assertThat(page.lines())
        .noneMatch(
            l ->
                l.contains("首页") || l.contains("版权所有") || l.contains("_hmt") || l.contains("机构职能"));

    // Source lines of the HTML page, through the rendered line each row was read from.
    String source = html.replace("\r", "");
    int[] origin = page.sourceLine();
    ApplicationRow newRow = t.applications().row(ApplicationRowId.NEW).orElseThrow();
    assertThat(origin[newRow.sourceLine() - 1]).isEqualTo(sourceLineOf(source, "一、本年新收"));
    ApplicationRow deny2 = t.applications().row(ApplicationRowId.R_DENY_2).orElseThrow();
    assertThat(origin[deny2.sourceLine() - 1])
        .as("a <tr> whose cells start on the next line")
        .isEqualTo(sourceLineOf(source, "2.其他法律行政法规禁止公开"));
    DisclosureValue amount =
        t.activeDisclosure()
            .value(ogireports.model.DisclosureItem.PROCUREMENT, ogireports.model.Measure.AMOUNT)
            .orElseThrow();
    assertThat(amount.cell().raw()).isEqualTo("462780元");
    assertThat(origin[amount.sourceLine() - 1]).isEqualTo(sourceLineOf(source, "政府集中采购"));
    int headingLine = SectionSplitter.split(page.lines()).get(0).headingLine();
    assertThat(origin[headingLine - 1]).isEqualTo(sourceLineOf(source, "一、总体情况"));
  }

  @Test
  void utf8PageReadsTheSame() {
    byte[] bytes = resource("seed000_utf8.html");
    assertThat(HtmlPage.declaredCharset(bytes)).isEqualTo("UTF-8");
    HtmlPage.Rendered page = HtmlPage.render(new String(bytes, StandardCharsets.UTF_8));
    assertSameTables(tables(page.lines()), seed000Text());
  }

  @Test
  void rowspanAndColspanLineUpWithEmptyPlaceholders() {
    String html =
        "<table><tr><td rowspan=\"2\">A</td><td colspan=\"2\">B</td></tr>"
            + "<tr><td>1</td><td>&nbsp;</td></tr></table><p>after<br>break</p>";
    HtmlPage.Rendered page = HtmlPage.render(html);
    assertThat(page.lines()).containsExactly("A\tB\t", "\t1\t\u00A0", "after", "break");
    assertThat(page.sourceLine()).containsOnly(1);
  }

  /**
   * A page whose table 三 is typed without its spans (probe12 a04, a 滦州市 report: the rows under
   * 三、本年度办理结果 print their group label in their first cell or not at all) has rows of unequal
   * length, each ending in its 总计. Padding the short rows at their end put an empty field where the
   * total stands, and 二 (six empty cells, then 0) lost its total; the page reads as its text does.
   */
  @Test
  void rowsTypedWithoutSpansKeepTheirTotalInTheLastCell() throws IOException {
    String text = Files.readString(Path.of("..", "fixtures", "written", "probe12", "a04-2020.txt"));
    StringBuilder html = new StringBuilder("<html><body>");
    boolean inTable = false;
    for (String line : text.split("\n")) {
      if (line.contains("\t") != inTable) {
        html.append(inTable ? "</table>" : "<table border=\"1\">");
        inTable = !inTable;
      }
      if (inTable) {
        html.append("<tr><td>").append(line.replace("\t", "</td><td>")).append("</td></tr>");
      } else {
        html.append("<p>").append(line).append("</p>");
      }
    }
    HtmlPage.Rendered page = HtmlPage.render(html.append("</body></html>").toString());
    ReportTables fromPage = tables(page.lines());
    ReportTables fromText = tables(Arrays.asList(text.split("\n", -1)));
    assertThat(
            fromPage
                .applications()
                .row(ApplicationRowId.CARRY_IN)
                .orElseThrow()
                .cell(ApplicantColumn.TOTAL)
                .value())
        .isEqualTo(0.0);
    assertSameTables(fromPage, fromText);
  }

  @Test
  void sniffingAndCharsets() {
    assertThat(HtmlPage.looksLikeHtml("<p>一、总体情况</p><p>正文</p>")).isTrue();
    assertThat(HtmlPage.looksLikeHtml("<!DOCTYPE html><title>x</title>")).isTrue();
    assertThat(HtmlPage.looksLikeHtml("一、总体情况\n收到申请 <5 件 >3 件\n")).isFalse();
    assertThat(HtmlPage.looksLikeHtml("")).isFalse();
    assertThat(HtmlPage.looksLikeHtml(null)).isFalse();
    assertThat(
            HtmlPage.declaredCharset(
                "<meta charset=\"gb2312\">".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("GBK");
    assertThat(HtmlPage.declaredCharset("<META CHARSET=GBK>".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("GBK");
    assertThat(
            HtmlPage.declaredCharset(
                "<meta charset='gb18030'/>".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("GB18030");
    assertThat(
            HtmlPage.declaredCharset(
                "<meta charset=\"no-such-cs\">".getBytes(StandardCharsets.US_ASCII)))
        .isNull();
    assertThat(HtmlPage.declaredCharset("<p>charset=gbk</p>".getBytes(StandardCharsets.US_ASCII)))
        .isNull();
    assertThat(HtmlPage.declaredCharset(new byte[0])).isNull();
    assertThat(HtmlPage.declaredCharset(null)).isNull();
    String late = " ".repeat(HtmlPage.META_SCAN_BYTES) + "<meta charset=\"gbk\">";
    assertThat(HtmlPage.declaredCharset(late.getBytes(StandardCharsets.US_ASCII))).isNull();
  }

  @Test
  void pathologicalPagesRenderWithoutThrowingInLinearWork() {
    // Bounded by work, not by time: each pathological shape is rendered at two sizes in the same
    // test and the larger may cost at most k^1.5 times the smaller (ogireports.fuzz.Linearity).
    HtmlPage.Rendered page =
        ogireports.fuzz.Linearity.assertLinear(
            "nested tables",
            n -> {
              StringBuilder deep = new StringBuilder();
              deep.append("<table><tr><td>".repeat(n));
              deep.append("三、收到和处理政府信息公开申请情况");
              deep.append("</td></tr></table>".repeat(n));
              return HtmlPage.render(deep.toString());
            },
            300,
            16);
    assertThat(String.join("", page.lines())).contains("收到和处理");
    assertThat(
            ogireports.fuzz.Linearity.assertLinear(
                    "nested divs", n -> HtmlPage.render("<div>".repeat(n) + "x"), 1_200, 16)
                .lines())
        .containsExactly("x");
    assertThat(
            ogireports.fuzz.Linearity.assertLinear(
                    "one long line",
                    n -> HtmlPage.render("<p>" + "1".repeat(n) + "</p>"),
                    500_000,
                    16)
                .lines())
        .hasSize(1);
    assertThat(
            ogireports.fuzz.Linearity.assertLinear(
                    "nested XML fields",
                    n ->
                        HtmlPage.render(
                            "<?xml version=\"1.0\"?>" + "<f title=\"t\">".repeat(n) + "x"),
                    1_200,
                    16)
                .lines())
        .last()
        .asString()
        .endsWith("x");
    assertThat(HtmlPage.render("<td rowspan=99999999 colspan=abc>1</td><<<>>>&&&").lines())
        .isNotNull();
    assertThat(HtmlPage.render("").lines()).isEmpty();
    assertThat(HtmlPage.render(null).lines()).isEmpty();
  }

  /**
   * A report held as markup inside an XML record (a CMS export's {@code <![CDATA[…]]>}) or escaped
   * in an RSS item renders as the page it holds, with the record's fields (its title) as lines of
   * their own before it, each line keeping the record's source line.
   */
  @Test
  void pageHeldInAnXmlRecordRendersWithTheRecordsFields() {
    String page =
        "<p>一、总体情况</p>\n<table><tr><td>行政许可</td><td>2</td><td>0</td><td>7</td></tr></table>";
    String cdata =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<DOCUMENT>\n"
            + "<DOCTITLE>开封市鼓楼区应急管理局2020年政府信息公开工作年度报告</DOCTITLE>\n"
            + "<DOCCONTENT><![CDATA["
            + page
            + "]]></DOCCONTENT>\n<DOCAUTHOR>办公室</DOCAUTHOR>\n</DOCUMENT>\n";
    HtmlPage.Rendered r = HtmlPage.render(cdata);
    assertThat(r.lines())
        .containsExactly("开封市鼓楼区应急管理局2020年政府信息公开工作年度报告", "一、总体情况", "行政许可\t2\t0\t7", "办公室");
    assertThat(r.sourceLine()).containsExactly(3, 4, 5, 6);

    String rss =
        "<rss><channel><title>政务公开</title>\n<item><title>2020年政府信息公开工作年度报告</title>\n"
            + "<description>"
            + page.replace("<", "&lt;").replace(">", "&gt;")
            + "</description></item></channel></rss>";
    assertThat(HtmlPage.looksLikeHtml(rss)).isTrue();
    assertThat(HtmlPage.render(rss).lines())
        .containsExactly("政务公开", "2020年政府信息公开工作年度报告", "一、总体情况", "行政许可\t2\t0\t7");
    // a text extractor's XML: the record's title in an attribute, its paragraphs and table cells
    String extracted =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<doc title=\"2020年政府信息公开工作年度报告\""
            + " date=\"2021-01-20\">\n<main>\n<head rend=\"h2\">一、总体情况</head>\n"
            + "<table><row><cell>行政许可</cell><cell>2</cell></row></table>\n</main>\n</doc>\n";
    assertThat(HtmlPage.render(extracted).lines())
        .containsExactly("2020年政府信息公开工作年度报告", "一、总体情况", "行政许可\t2");
    // markup shown as text in a page's own <textarea> or <title> is no page held in it
    assertThat(
            HtmlPage.render(
                    "<html><body><p>正文</p><textarea>&lt;p&gt;a&lt;/p&gt;&lt;div&gt;b&lt;/div&gt;"
                        + "</textarea></body></html>")
                .lines())
        .doesNotContain("a", "b");
  }
}
