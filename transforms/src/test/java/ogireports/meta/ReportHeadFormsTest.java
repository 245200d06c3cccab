package ogireports.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ogireports.model.ReportMetadata;
import org.junit.jupiter.api.Test;

/**
 * Heads of reports in forms real pages print: a title wrapped after its place, a site's banner
 * above a title that names no body, titles ending in 年报 or 工作的报告, a year before the body in an
 * intro sentence, a view counter after the source. Each test holds the exact lines read.
 */
class ReportHeadFormsTest {

  private static final String PERIOD = "本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。";

  private static ReportMetadata read(String text) {
    return MetadataReader.read(List.of(text.split("\n", -1)));
  }

  @Test
  void aTitleWrappedAfterItsPlaceKeepsThePlace() {
    ReportMetadata m =
        read("沈阳市和平区\n教育局2023年政府信息公开\n工作年度报告\n" + PERIOD + "\n一、总体情况\n2023年，我局认真贯彻落实《条例》。");
    assertThat(m.agency()).isEqualTo("沈阳市和平区教育局");
    assertThat(m.title()).isEqualTo("沈阳市和平区教育局2023年政府信息公开工作年度报告");
    assertThat(m.year()).isEqualTo(2023);
    // a line above that is no place's name alone stays out of the title
    ReportMetadata nav = read("政府信息公开年报\n教育局2023年政府信息公开工作年度报告\n" + PERIOD);
    assertThat(nav.agency()).isEqualTo("教育局");
  }

  @Test
  void aSitesBannerAboveATitleWithoutBodyIsNoPartOfIt() {
    ReportMetadata m =
        read(
            """
            南阳市人民政府门户网站
            2023年政府信息公开工作年度报告
            发布时间：2024-01-25
            根据《中华人民共和国政府信息公开条例》规定，现将南阳市卧龙区民政局2023年度政府信息公开工作情况报告如下。\
            """);
    assertThat(m.title()).isEqualTo("2023年政府信息公开工作年度报告");
    assertThat(m.agency()).isEqualTo("南阳市卧龙区民政局");
    assertThat(read("欢迎访问阜阳市人民政府\n2023年政府信息公开工作年度报告\n" + PERIOD).agency()).isNull();
  }

  @Test
  void aTitleEndingInNianbaoWithItsYearIsATitle() {
    ReportMetadata m = read("2023年度天门市司法局政府信息公开年报\n" + PERIOD + "\n一、总体情况\n2023年，我局认真贯彻落实《条例》。");
    assertThat(m.title()).isEqualTo("2023年度天门市司法局政府信息公开年报");
    assertThat(m.agency()).isEqualTo("天门市司法局");
    assertThat(m.year()).isEqualTo(2023);
    ReportMetadata work = read("阜阳市颍州区财政局2023年政府信息公开工作年报\n" + PERIOD);
    assertThat(work.title()).isEqualTo("阜阳市颍州区财政局2023年政府信息公开工作年报");
    assertThat(work.agency()).isEqualTo("阜阳市颍州区财政局");
    // a column name without a year is no title
    assertThat(read("政府信息公开年报\n" + PERIOD).title()).isNull();
  }

  @Test
  void aReportOnTheYearsDisclosureWorkIsTitled() {
    ReportMetadata m = read("南京市玄武区人民政府关于2023年度政府信息公开工作的报告\n" + PERIOD);
    assertThat(m.title()).isEqualTo("南京市玄武区人民政府关于2023年度政府信息公开工作的报告");
    assertThat(m.agency()).isEqualTo("南京市玄武区人民政府");
    assertThat(m.year()).isEqualTo(2023);
    // a report on other work is none
    assertThat(read("南京市玄武区人民政府关于2023年度法治政府建设工作的报告\n" + PERIOD).title()).isNull();
  }

  @Test
  void aYearBeforeTheBodyInAnIntroIsNoPartOfItsName() {
    ReportMetadata m =
        read(
            "马坡镇2023年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》规定，特向社会公布2023年度贾汪区马坡镇政府信息公开工作年度报告。" + PERIOD);
    assertThat(m.agency()).isEqualTo("贾汪区马坡镇");
    ReportMetadata noTitle = read("根据《条例》规定，特向社会公布二〇二三年度贾汪区马坡镇政府信息公开工作年度报告。" + PERIOD + "\n一、总体情况");
    assertThat(noTitle.agency()).isEqualTo("贾汪区马坡镇");
    // a line the reader takes for no title: the body is read from before 政府信息公开
    ReportMetadata unnamed = read("2023年度天门市司法局政府信息公开情况\n" + PERIOD + "\n一、总体情况");
    assertThat(unnamed.agency()).isEqualTo("天门市司法局");
  }

  @Test
  void aViewCounterAfterTheSourceIsNoPartOfIt() {
    ReportMetadata m =
        read(
            "2023年度政府信息公开工作年度报告\n发布时间：2024-01-12  来源：宁化县安远镇  浏览量：98\n"
                + PERIOD
                + "\n一、总体情况\n2023年，我镇认真贯彻落实《条例》。");
    assertThat(m.agency()).isEqualTo("宁化县安远镇");
    assertThat(PageFurniture.fields("来源：宁化县安远镇 阅读量：12 点击量：3"))
        .extracting(PageFurniture.Field::value)
        .containsExactly("宁化县安远镇", "12", "3");
  }
}
