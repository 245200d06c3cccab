package ogireports.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import ogireports.model.ReportMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The kind of issuing body, agency forms of spec §7, and the year reconciliation. */
class AgencyKindAndYearConflictTest {

  private static ReportMetadata read(String... lines) {
    return MetadataReader.read(Arrays.asList(lines));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "国务院办公厅, 中央部门",
    "应急管理部, 中央部门",
    "国家统计局, 中央部门",
    "国家乡村振兴局, 中央部门",
    "国家税务总局张家港市税务局, 部门",
    "浙江省应急管理厅, 部门",
    "江苏省人民政府, 人民政府",
    "苏州市人民政府, 人民政府",
    "平阳县人民政府, 人民政府",
    "江苏省人民政府办公厅, 办公厅/办公室",
    "乌恰县人民政府办公室, 办公厅/办公室",
    "湛江市人民政府地方志办公室, 部门",
    "微山县两城镇人民政府, 乡镇/街道",
    "北辰区佳荣里街道办事处, 乡镇/街道",
    "阿拉善左旗巴彦木仁苏木人民政府, 乡镇/街道",
    "柳城县古砦仫佬族乡人民政府, 乡镇/街道",
    "苏州工业园区管理委员会, 开发区/管委会",
    "阿拉善高新技术产业开发区管委会, 开发区/管委会",
    "平阳县乡村振兴局, 部门",
    "淄博市城市管理委员会, 部门",
  })
  void kindOfBody(String agency, String kind) {
    assertThat(AgencyKind.of(agency)).isEqualTo(kind);
  }

  @Test
  void titleAndStatisticsPeriodDisagree() {
    ReportMetadata m =
        read("平阳县应急管理局2020年政府信息公开工作年度报告", "本报告统计期限为2019年1月1日至2019年12月31日。", "一、总体情况");
    assertThat(m.year()).isEqualTo(2020);
    assertThat(m.yearConflict()).contains("2020").contains("2019").contains("statistics period");
  }

  @Test
  void publicationEarlyInTheNextYearIsNormal() {
    ReportMetadata m =
        read(
            "平阳县应急管理局2021年政府信息公开工作年度报告",
            "发布时间:2022-01-19",
            "本报告统计期限为2021年1月1日至2021年12月31日。",
            "一、总体情况");
    assertThat(m.year()).isEqualTo(2021);
    assertThat(m.yearConflict()).isNull();
  }

  @Test
  void signOffInTheCoveredYearIsAConflict() {
    ReportMetadata m =
        read("淄博市应急管理局2019年度政府信息公开工作年度报告", "一、总体情况", "正文。", "淄博市应急管理局", "2019年3月16日");
    assertThat(m.year()).isEqualTo(2019);
    assertThat(m.yearConflict()).contains("2019-03-16").contains("2019");
  }

  @Test
  void signOffBlockGivesTheFullNameAndKind() {
    ReportMetadata m =
        read("应急局2020年政府信息公开工作年度报告", "一、总体情况", "我局认真贯彻落实条例。", "张家港市应急管理局", "2021年1月16日");
    assertThat(m.agency()).isEqualTo("张家港市应急管理局");
    assertThat(m.agencyKind()).isEqualTo("部门");
    assertThat(m.yearConflict()).isNull();
  }

  @Test
  void compiledByInTheIntroAndNoTitle() {
    ReportMetadata m = read("本报告由苏州工业园区管理委员会编制。本报告统计期限为2022年1月1日至2022年12月31日。", "一、总体情况");
    assertThat(m.agency()).isEqualTo("苏州工业园区管理委员会");
    assertThat(m.agencyKind()).isEqualTo("开发区/管委会");
    assertThat(m.year()).isEqualTo(2022);
  }

  @Test
  void selfReferencesAreNotNames() {
    ReportMetadata m = read("本机关2021年政府信息公开工作年度报告", "一、总体情况", "我局未收到申请。");
    assertThat(m.agency()).isNull();
    assertThat(m.agencyKind()).isNull();
  }
}
