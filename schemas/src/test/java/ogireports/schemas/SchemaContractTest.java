package ogireports.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * The schemas are the column contract: every column documented, snake_case, no partition columns.
 */
class SchemaContractTest {

  private static final List<Schema> SCHEMAS =
      List.of(
          ReportRecord.getClassSchema(),
          ApplicationRecord.getClassSchema(),
          ReviewLitigationRecord.getClassSchema(),
          ActiveDisclosureRecord.getClassSchema(),
          FlagRecord.getClassSchema(),
          LegacyIndicatorRecord.getClassSchema(),
          RejectRecord.getClassSchema());

  @Test
  void everyFieldHasADocAndASnakeCaseName() {
    for (Schema s : SCHEMAS) {
      assertThat(s.getDoc()).as(s.getName() + " doc").isNotBlank();
      for (Schema.Field f : s.getFields()) {
        assertThat(f.doc()).as(s.getName() + "." + f.name() + " doc").isNotBlank();
        assertThat(f.name()).as("column name").matches("[a-z][a-z0-9_]*");
      }
    }
  }

  @Test
  void provinceAndYearLiveOnlyInTheFolderNames() {
    for (Schema s : SCHEMAS) {
      assertThat(s.getField("province")).as(s.getName()).isNull();
      assertThat(s.getField("year")).as(s.getName()).isNull();
    }
  }

  @Test
  void table3ColumnsSpellTheSpecColumnIdsOut() {
    assertThat(ApplicationRecord.getClassSchema().getFields().stream().map(Schema.Field::name))
        .containsSubsequence(
            "natural_person",
            "commercial_enterprise",
            "research_institution",
            "social_welfare_org",
            "legal_service_org",
            "other_org",
            "total");
    assertThat(ReviewLitigationRecord.getClassSchema().getFields().stream().map(Schema.Field::name))
        .containsSubsequence("upheld", "corrected", "other", "pending", "total");
  }
}
