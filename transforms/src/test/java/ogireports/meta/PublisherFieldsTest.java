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
 * The body's full name where a page's information block prints it and the title only a short form
 * (probe33's and probe35's misses): a 发布机构 field followed on its line by 生成日期, a 来源 field after 时间
 * and before the page's 【打印】【关闭】, a county of one character (息县), and an office's own office
 * compiling the office's report (…办公室办公室编制).
 */
class PublisherFieldsTest {

  private static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath(), null);
  private static final Path WRITTEN = Path.of("..", "fixtures", "written");

  private static ParsedReport read(String name, String text) {
    ReadOutcome o = READER.read(new Document(name, text.getBytes(StandardCharsets.UTF_8)));
    return ((ReadOutcome.Accepted) o).report();
  }

  private static String text(String file) throws IOException {
    return Files.readString(WRITTEN.resolve(file), StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @CsvSource({
    "probe33/e10.txt, 固原市原州区住房和城乡建设局, 原州区",
    "probe33/e25.txt, 隆林各族自治县教育体育局, 隆林各族自治县",
    "probe33/e31.txt, 天津市蓟州区医疗保障局, 蓟州区",
    "probe33/e33.txt, 奉节县教育委员会, 奉节县",
    "probe33/e34.txt, 息县教育体育局, 息县",
    "probe35/c12.txt, 卫辉市人民政府办公室, 卫辉市",
    "probe35/c39.txt, 厦门市思明区人民政府办公室, 思明区",
    // the title's short form spelled out in a 联系单位 line, a sentence, a breadcrumb, a field
    "probe37/s11.txt, 泾县教育体育局, 泾县",
    "probe37/s14.txt, 礼县人力资源和社会保障局, 礼县",
    "probe37/s33.txt, 睢县教育体育局, 睢县",
    "probe37/s34.txt, 阳泉市矿区住房和城乡建设局, 矿区",
    "probe36/m43.txt, 岳阳市岳阳楼区住房和城乡建设局, 岳阳楼区",
    // a 发布机构 value wrapped onto the next line
    "probe36/m08.txt, 焦作市山阳区市场监督管理局, 山阳区",
    // a 管理区's committee compiling its report; a hospital's office (院办) compiling the hospital's
    "probe34/p06.txt, 岳阳市屈原管理区管理委员会, ",
    "probe34/p08.txt, 宜宾市第一人民医院, ",
  })
  void theFullNameOfThePagesInformationBlockOrIntro(String file, String agency, String county)
      throws IOException {
    ParsedReport r = read(file, text(file));
    assertThat(r.metadata().agency()).isEqualTo(agency);
    assertThat(r.place().county()).isEqualTo(county);
  }

  @Test
  void theFieldsOnALineOrEachOnItsOwnReadTheSame() throws IOException {
    String e25 = text("probe33/e25.txt");
    String split = e25.replace("教育体育局　　生成日期", "教育体育局\n生成日期");
    assertThat(split).isNotEqualTo(e25);
    assertThat(read("e25.txt", split).metadata().agency()).isEqualTo("隆林各族自治县教育体育局");
    String e10 = text("probe33/e10.txt");
    String alone = e10.replace("时间：2023-01-30　来源：", "时间：2023-01-30\n来源：").replace("　【打印】【关闭】", "");
    assertThat(alone).isNotEqualTo(e10);
    assertThat(read("e10.txt", alone).metadata().agency()).isEqualTo("固原市原州区住房和城乡建设局");
  }

  @Test
  void aCountyOfOneCharacterIsAPlaceAWordCountingCountiesIsNot() throws IOException {
    assertThat(AgencyFinder.isQualified("息县教育体育局")).isTrue();
    assertThat(AgencyFinder.isQualified("沛县人民政府")).isTrue();
    assertThat(AgencyFinder.isQualified("全县教育系统")).isFalse();
    assertThat(AgencyFinder.isQualified("本县财政局")).isFalse();
    assertThat(AgencyFinder.isQualified("县教体局")).isFalse();
    // the same page of another county: read alike
    String other = text("probe33/e34.txt").replace("息县", "罗山县");
    ParsedReport r = read("e34.txt", other);
    assertThat(r.metadata().agency()).isEqualTo("罗山县教育体育局");
    assertThat(r.place().county()).isEqualTo("罗山县");
  }

  @Test
  void aReportDatedOnlyByAJanuaryEntryDateCoversTheYearBefore() throws IOException {
    assertThat(read("m32.txt", text("probe36/m32.txt")).year()).isEqualTo(2023);
    assertThat(read("m36.txt", text("probe36/m36.txt")).year()).isEqualTo(2021);
  }

  @Test
  void aShortFormIsNotSpelledOutFromAnotherBodysNameOrAnAddressChain() throws IOException {
    String s11 = text("probe37/s11.txt");
    // the 联系单位 of another body: 县教体局 is no subsequence of 泾县财政局
    String other = s11.replace("联系单位：泾县教育体育局办公室", "联系单位：泾县财政局办公室");
    assertThat(other).isNotEqualTo(s11);
    assertThat(read("s11.txt", other).metadata().agency()).isEqualTo("县教体局");
    // a run of names: the one after 和 is the body's, not the government's before it
    String run = s11.replace("联系单位：泾县教育体育局办公室", "联系单位：县委县政府和泾县教育体育局");
    assertThat(read("s11.txt", run).metadata().agency()).isEqualTo("泾县教育体育局");
  }
}
