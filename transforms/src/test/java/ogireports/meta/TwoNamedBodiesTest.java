package ogireports.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.model.ParsedReport;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A body that works under two names prints the second in brackets after the first (合署办公, 挂牌:
 * 中共凤凰县委统战部（县民族宗教事务局）, probe51 and probe32): its name is both; a bracket of other words is no part
 * of a name.
 */
class TwoNamedBodiesTest {

  private static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath(), null);
  private static final Path WRITTEN = Path.of("..", "fixtures", "written");

  private static ParsedReport read(String text) {
    ReadOutcome o = READER.read(new Document("x.txt", text.getBytes(StandardCharsets.UTF_8)));
    return ((ReadOutcome.Accepted) o).report();
  }

  @ParameterizedTest
  @CsvSource({
    "probe51/n01.txt, 中共凤凰县委统战部(县民族宗教事务局), 凤凰县",
    "probe51/n33.txt, 石嘴山市大武口区行政审批服务局(区政务服务中心), 大武口区",
    "probe51/n40.txt, 南昌市青山湖区文化广电新闻出版旅游局(区体育局), 青山湖区",
    "probe32/m02.txt, 中共岳西县委宣传部(县政府新闻办公室), 岳西县",
  })
  void theNameIsBothNames(String file, String agency, String county) throws IOException {
    ParsedReport r = read(Files.readString(WRITTEN.resolve(file), StandardCharsets.UTF_8));
    assertThat(r.metadata().agency()).isEqualTo(agency);
    assertThat(r.place().county()).isEqualTo(county);
  }

  @Test
  void aBracketOfOtherWordsIsNoName() {
    assertThat(AgencyFinder.clean("中共凤凰县委统战部(县民族宗教事务局)")).isEqualTo("中共凤凰县委统战部(县民族宗教事务局)");
    assertThat(AgencyFinder.clean("凤凰县教育局(2023年)")).isEqualTo("凤凰县教育局");
    assertThat(AgencyFinder.clean("凤凰县文化旅游广电局(以下简称县文旅局)")).isEqualTo("凤凰县文化旅游广电局");
    assertThat(AgencyFinder.clean("凤凰县沱江镇(街道)")).isEqualTo("凤凰县沱江镇");
    assertThat(AgencyFinder.clean("凤凰县人民政府(县政府办公室)其他")).isEqualTo("凤凰县人民政府");
  }
}
