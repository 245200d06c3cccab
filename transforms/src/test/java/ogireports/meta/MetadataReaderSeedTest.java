package ogireports.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import ogireports.SampleReports;
import ogireports.model.ReportMetadata;
import org.junit.jupiter.api.Test;

/** Golden metadata for the five seeds (spec §8). */
class MetadataReaderSeedTest {

  @Test
  void seed000AgencyFromIntroBecauseTitleHasNoPlace() throws Exception {
    ReportMetadata m = MetadataReader.read(SampleReports.lines(SampleReports.S000));
    assertThat(m)
        .isEqualTo(
            new ReportMetadata("市应急管理局2020年政府信息公开年度工作报告", "张家港市应急管理局", 2020, null, "部门", null));
  }

  @Test
  void seed001TitleSplitOverTwoLinesWithSpacedYear() throws Exception {
    ReportMetadata m = MetadataReader.read(SampleReports.lines(SampleReports.S001));
    assertThat(m)
        .isEqualTo(
            new ReportMetadata("吴忠市应急管理局2020 年政府信息公开工作年度报告", "吴忠市应急管理局", 2020, null, "部门", null));
  }

  @Test
  void seed002PublicationDateIsNotTheYear() throws Exception {
    ReportMetadata m = MetadataReader.read(SampleReports.lines(SampleReports.S002));
    assertThat(m)
        .isEqualTo(
            new ReportMetadata(
                "平阳县应急管理局2021年政府信息公开工作年度报告",
                "平阳县应急管理局",
                2021,
                LocalDate.of(2022, 1, 19),
                "部门",
                null));
  }

  @Test
  void seed003AbbreviatedTitleAgencyAndSignOffDate() throws Exception {
    ReportMetadata m = MetadataReader.read(SampleReports.lines(SampleReports.S003));
    assertThat(m)
        .isEqualTo(
            new ReportMetadata(
                "淄博市应急局2019年度政府信息公开工作年度报告",
                "淄博市应急管理局",
                2019,
                LocalDate.of(2020, 1, 16),
                "部门",
                null));
  }

  @Test
  void seed004NoTitleYearFromStatisticsPeriod() throws Exception {
    ReportMetadata m = MetadataReader.read(SampleReports.lines(SampleReports.S004));
    assertThat(m).isEqualTo(new ReportMetadata(null, "开封市鼓楼区应急管理局", 2020, null, "部门", null));
  }
}
