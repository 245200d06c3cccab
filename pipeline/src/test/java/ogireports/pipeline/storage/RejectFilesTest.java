package ogireports.pipeline.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import ogireports.schemas.RejectRecord;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.parquet.hadoop.ParquetWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's rejects files are found by its glob, and only its own, whatever the other run ids. */
class RejectFilesTest {

  @TempDir Path out;

  private void write(String runId, int group, String... uris) throws Exception {
    try (ParquetWriter<GenericRecord> w =
        ParquetFile.create(
            FileSystems.matchNewResource(RejectFiles.file(out.toString(), runId, group), false),
            Dataset.REJECTS.schema)) {
      for (String uri : uris) {
        w.write(
            RejectRecord.newBuilder().setSourceUri(uri).setReason("EMPTY").setBytes(0L).build());
      }
    }
  }

  private List<String> read(String runId) throws Exception {
    List<String> uris = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT source_uri FROM read_parquet("
                    + Warehouse.literal(RejectFiles.glob(out.toString(), runId))
                    + ") ORDER BY 1")) {
      while (rs.next()) {
        uris.add(rs.getString(1));
      }
    }
    return uris;
  }

  @Test
  void aRunsGlobMatchesItsGroupsAndNotARunWhoseIdItPrefixes() throws Exception {
    write("monthly", 3, "a.txt", "b.txt");
    write("monthly", 31, "c.txt");
    write("monthly-2", 0, "other-run.txt");
    write("monthly-20", 1, "third-run.txt");
    assertEquals(List.of("a.txt", "b.txt", "c.txt"), read("monthly"));
    assertEquals(List.of("other-run.txt"), read("monthly-2"));
  }

  @Test
  void aRunWithNoRejectGetsOneEmptyFileAndARunWithSomeNone() throws Exception {
    write("other", 5, "x.txt");
    RejectFiles.ensureFile(out, "other");
    RejectFiles.ensureFile(out, "quiet");
    try (var files = Files.list(out.resolve("rejects"))) {
      assertEquals(
          List.of("part-other-00005-of-00032.parquet", "part-quiet-00000-of-00032.parquet"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    assertEquals(List.of(), read("quiet"));
    assertEquals(List.of("x.txt"), read("other"));
  }
}
