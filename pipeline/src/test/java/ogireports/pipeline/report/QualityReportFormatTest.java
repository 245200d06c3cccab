package ogireports.pipeline.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The quality report's small formatting rules, without a run. */
class QualityReportFormatTest {

  @Test
  void htmlEscapingCoversMarkupQuotesAndControlCharacters() {
    assertThat(QualityHtml.escape("<a href='x'>\"&\"</a>"))
        .isEqualTo("&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;");
    assertThat(QualityHtml.escape("a\u0000b\u001Bc\uD800d\uFFFEe\n淄博"))
        .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\n淄博");
    assertThat(QualityHtml.escape("😀")).isEqualTo("😀");
    assertThat(new QualityHtml().element("td", "<b>", "title", "\"><script>").toString())
        .isEqualTo("<td title=\"&quot;&gt;&lt;script&gt;\">&lt;b&gt;</td>");
  }

  @Test
  void markdownCellsStayOneCellOnOneLine() {
    assertThat(QualityMarkdown.cell("a|b\nc\\d")).isEqualTo("a\\|b c\\\\d");
    assertThat(QualityMarkdown.cell("<script>")).isEqualTo("\\<script\\>");
    assertThat(QualityMarkdown.cell("T3_BALANCE")).isEqualTo("T3_BALANCE");
    assertThat(QualityMarkdown.cell("__HIVE_DEFAULT_PARTITION__"))
        .isEqualTo("\\_\\_HIVE_DEFAULT_PARTITION\\_\\_");
    assertThat(QualityReportTest.markdownCells("| a\\|b | \\<x\\> |"))
        .containsExactly("a|b", "<x>");
  }

  @Test
  void sourcesAreShownRelativeToTheRunsInputWhenUnderIt() {
    assertThat(ReportFormat.relativeToInput("/data/crawl/a/b.txt", "/data/crawl"))
        .isEqualTo("a/b.txt");
    assertThat(ReportFormat.relativeToInput("/data/crawl/a/b.txt", "/data/crawl/"))
        .isEqualTo("a/b.txt");
    assertThat(ReportFormat.relativeToInput("/home/u/p/samples/001.txt", "samples"))
        .isEqualTo("001.txt");
    assertThat(ReportFormat.relativeToInput("/home/u/p/samples/001.txt", "./samples/"))
        .isEqualTo("001.txt");
    assertThat(ReportFormat.relativeToInput("/data/other/b.txt", "/data/crawl"))
        .isEqualTo("/data/other/b.txt");
    assertThat(ReportFormat.relativeToInput("/data/crawl/b.txt", "/data/crawl/**/*.txt"))
        .isEqualTo("/data/crawl/b.txt");
    assertThat(ReportFormat.relativeToInput("/data/x.txt", "/data/x.txt")).isEqualTo("/data/x.txt");
    assertThat(ReportFormat.relativeToInput("https://gov.example/r.html", null))
        .isEqualTo("https://gov.example/r.html");
  }

  @Test
  void numbersAreFormattedForPeople() {
    assertThat(ReportFormat.value(4.0)).isEqualTo("4");
    assertThat(ReportFormat.value(2.5)).isEqualTo("2.5");
    assertThat(ReportFormat.value(null)).isEqualTo("—");
    assertThat(ReportFormat.pct(1.0 / 3)).isEqualTo("33.3%");
    assertThat(ReportFormat.pctShort(0.001)).isEqualTo("<1%");
    assertThat(ReportFormat.pctShort(0)).isEqualTo("0%");
  }

  @Test
  void qualityReportBadgesAndTimes() {
    assertThat(ReportFormat.badge("ERROR", "NOT_ASSESSABLE")).isEqualTo("badge na");
    assertThat(ReportFormat.badge("ERROR", "FAIL")).isEqualTo("badge error");
    assertThat(ReportFormat.badge("INFO", "NOTE")).isEqualTo("badge info");
    assertThat(QualityData.toSeconds("2026-12-05T15:21:59.123456789Z"))
        .isEqualTo("2026-12-05T15:21:59Z");
  }
}
