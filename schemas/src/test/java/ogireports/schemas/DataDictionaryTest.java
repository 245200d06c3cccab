package ogireports.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.avro.LogicalType;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * {@code schemas/DATA_DICTIONARY.md} is generated from the schemas' doc strings and must match
 * them. After changing a schema, regenerate it with {@code mvn -pl schemas test
 * -Dtest=DataDictionaryTest -Dregenerate=true}.
 */
class DataDictionaryTest {

  private static final Path FILE = Path.of("DATA_DICTIONARY.md");

  @Test
  void dataDictionaryMatchesTheSchemas() throws IOException {
    String expected = render();
    if (Boolean.getBoolean("regenerate")) {
      Files.writeString(FILE, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(FILE, StandardCharsets.UTF_8))
        .as("DATA_DICTIONARY.md is up to date (regenerate: -Dregenerate=true)")
        .isEqualTo(expected);
  }

  static String render() {
    Map<String, Schema> datasets = new LinkedHashMap<>();
    datasets.put("reports", ReportRecord.getClassSchema());
    datasets.put("applications", ApplicationRecord.getClassSchema());
    datasets.put("review_litigation", ReviewLitigationRecord.getClassSchema());
    datasets.put("active_disclosure", ActiveDisclosureRecord.getClassSchema());
    datasets.put("legacy_indicators", LegacyIndicatorRecord.getClassSchema());
    datasets.put("flags", FlagRecord.getClassSchema());
    datasets.put("rejects", RejectRecord.getClassSchema());
    StringBuilder md = new StringBuilder();
    md.append("# Data dictionary\n\n");
    md.append(
        "Generated from the Avro schemas in `src/main/avro/` (the column contract); do not edit by"
            + " hand.\n");
    md.append(
        "Partitioned datasets live in `DIR/<dataset>/province=P/year=Y/*.parquet`: `province` and"
            + " `year`\n");
    md.append(
        "are folder names, not columns in the files (read them with `hive_partitioning ="
            + " true`).\n");
    for (Map.Entry<String, Schema> e : datasets.entrySet()) {
      Schema s = e.getValue();
      md.append("\n## ").append(e.getKey()).append("\n\n").append(s.getDoc()).append("\n\n");
      md.append("| column | type | nullable | meaning |\n|---|---|---|---|\n");
      for (Schema.Field f : s.getFields()) {
        Schema t = f.schema();
        boolean nullable = t.getType() == Schema.Type.UNION;
        if (nullable) {
          t =
              t.getTypes().stream()
                  .filter(x -> x.getType() != Schema.Type.NULL)
                  .findFirst()
                  .orElseThrow();
        }
        LogicalType lt = t.getLogicalType();
        String type = lt != null ? lt.getName() : t.getType().getName();
        md.append("| `")
            .append(f.name())
            .append("` | ")
            .append(type)
            .append(" | ")
            .append(nullable ? "yes" : "no")
            .append(" | ")
            .append(f.doc().replace("|", "\\|"))
            .append(" |\n");
      }
    }
    return md.toString();
  }
}
