package ogireports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ogireports.tables.TablePresence.Presence;
import org.junit.jupiter.api.Test;

/** A table not read is absent, printed but not read, or cut short (T3_SHAPE/T4_SHAPE detail). */
class TablePresenceTest {

  @Test
  void printedTablesThatGoOnArePrintedNotRead() {
    List<String> text =
        List.of(
            "三、收到和处理政府信息公开申请情况本年新收政府信息公开申请数量…",
            "四、政府信息公开行政复议、行政诉讼情况 行政复议 结果维持 …",
            "五、存在的主要问题及改进情况");
    assertThat(TablePresence.applications(text)).isEqualTo(Presence.PRINTED);
    assertThat(TablePresence.reviewLitigation(text)).isEqualTo(Presence.PRINTED);
  }

  @Test
  void textEndingInsideOrBeforeTheTableIsCutShort() {
    assertThat(TablePresence.applications(List.of("一、总体情况", "三、收到和处理政府信息公开申请情况")))
        .isEqualTo(Presence.CUT_SHORT);
    assertThat(TablePresence.reviewLitigation(List.of("一、总体情况", "二、主动公开政府信息情况")))
        .isEqualTo(Presence.CUT_SHORT);
  }

  @Test
  void tableMissingFromATextThatGoesOnIsAbsent() {
    List<String> text = List.of("一、总体情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");
    assertThat(TablePresence.applications(text)).isEqualTo(Presence.ABSENT);
    assertThat(TablePresence.reviewLitigation(text)).isEqualTo(Presence.ABSENT);
  }
}
