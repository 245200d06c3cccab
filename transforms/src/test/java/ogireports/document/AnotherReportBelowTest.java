package ogireports.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import ogireports.model.ApplicationRowId;
import ogireports.model.ParsedReport;
import ogireports.model.Section;
import ogireports.places.PlaceResolver;
import ogireports.tables.ApplicationTotals;
import ogireports.text.SectionSplitter;
import org.junit.jupiter.api.Test;

/**
 * A page that prints the body's report of another year below its own (probe49: an open 往年报告 block,
 * in a saved page and in crawled text): the page's report is read, its year, its tables and its
 * prose, and the report below is no part of its section 六.
 */
class AnotherReportBelowTest {

  private static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath(), null);
  private static final Path PROBE49 = Path.of("..", "fixtures", "written", "probe49");

  private static ReadOutcome.Accepted read(String file, byte[] bytes) {
    return (ReadOutcome.Accepted) READER.read(new Document(file, bytes));
  }

  private static Long total(ParsedReport r, ApplicationRowId id) {
    return ApplicationTotals.total(r.tables().applications(), id); // the row's 总计
  }

  @Test
  void aSavedPagesReportAndTheOneBelowIt() throws IOException {
    byte[] page = Files.readAllBytes(PROBE49.resolve("d16.html"));
    ReadOutcome.Accepted a = read("d16.html", page);
    ParsedReport r = a.report();
    assertThat(r.metadata().year()).isEqualTo(2024);
    assertThat(total(r, ApplicationRowId.NEW)).isEqualTo(54L);
    assertThat(total(r, ApplicationRowId.R_TOTAL)).isEqualTo(53L);
    assertThat(total(r, ApplicationRowId.CARRY_OUT)).isEqualTo(1L);
    // its prose (新收54件) is checked against its own table, not the 2023 report's (60件)
    assertThat(a.flags())
        .noneMatch(f -> f.ruleId().startsWith("TX_") && f.outcome().name().equals("FAIL"));
    // the page without the block below reads the same
    String html = new String(page, java.nio.charset.StandardCharsets.UTF_8);
    int below = html.indexOf("<div class=\"wangnian\">");
    int footer = html.indexOf("<div class=\"footer\">");
    assertThat(below).isPositive().isLessThan(footer);
    String alone = html.substring(0, below) + html.substring(footer);
    ParsedReport own =
        read("d16.html", alone.getBytes(java.nio.charset.StandardCharsets.UTF_8)).report();
    assertThat(own.metadata().year()).isEqualTo(2024);
    assertThat(total(own, ApplicationRowId.NEW)).isEqualTo(54L);
  }

  @Test
  void section六EndsWhereTheReportBelowHasItsTitle() {
    List<String> lines =
        List.of(
            "XX局2024年政府信息公开工作年度报告",
            "一、总体情况",
            "全年新收申请5件。",
            "六、其他需要报告的事项",
            "无。",
            "往年报告",
            "XX局2023年政府信息公开工作年度报告",
            "一、总体情况",
            "全年新收申请7件。");
    List<Section> s = SectionSplitter.split(lines);
    assertThat(s).extracting(Section::number).containsExactly(1, 6);
    assertThat(s.get(1).lastLine()).isEqualTo(6);
    // a numbered part of 六 with no title before it stays in 六
    List<String> parts = List.of("一、总体情况", "全年新收申请5件。", "六、其他需要报告的事项", "一、收取信息处理费情况", "未收取。");
    List<Section> t = SectionSplitter.split(parts);
    assertThat(t.get(t.size() - 1).lastLine()).isEqualTo(5);
  }
}
