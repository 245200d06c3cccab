package ogireports.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PartitionTest {

  @Test
  void pathHasTheHiveFormWithTheOfficialProvinceName() {
    assertThat(Partition.path("江苏省", 2020)).isEqualTo("province=江苏省/year=2020");
    assertThat(Partition.path("宁夏回族自治区", 2020)).isEqualTo("province=宁夏回族自治区/year=2020");
    assertThat(Partition.path("中央", 2021)).isEqualTo("province=中央/year=2021");
  }

  @Test
  void anythingOutsideTheClosedSetGoesToTheDefaultPartition() {
    assertThat(Partition.path(null, 2019))
        .isEqualTo("province=__HIVE_DEFAULT_PARTITION__/year=2019");
    assertThat(Partition.path("../../etc", 2019))
        .as("input text never reaches a path")
        .isEqualTo("province=__HIVE_DEFAULT_PARTITION__/year=2019");
    assertThat(Partition.path("江苏", 2019)).endsWith("__HIVE_DEFAULT_PARTITION__/year=2019");
    assertThat(Partition.PROVINCES).hasSize(34);
  }

  @Test
  void yearMustHaveFourDigits() {
    assertThatThrownBy(() -> Partition.path("江苏省", 20201))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
