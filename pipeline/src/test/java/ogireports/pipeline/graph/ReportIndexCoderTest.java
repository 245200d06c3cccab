package ogireports.pipeline.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import ogireports.corpus.IndexFile;
import ogireports.corpus.ReportIndex;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.places.PlaceResolver;
import ogireports.rules.crossyear.AgencyYear;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.Test;

/** Index entries through the coder and through an index file come back equal. */
class ReportIndexCoderTest {

  /** The entry of seed 000 as the pipeline makes it: real values, NaN where a cell has none. */
  private static ReportIndex seedEntry() throws IOException {
    byte[] bytes = Files.readAllBytes(Path.of("..", "samples", "000_0d9ef2ec1467d7f8.txt"));
    ReadOutcome.Accepted read =
        (ReadOutcome.Accepted)
            new ReportReader(PlaceResolver.fromClasspath())
                .read(new Document("samples/000.txt", bytes));
    return new ReportIndex(
        read.report().reportId(),
        "samples/000.txt",
        "f".repeat(64),
        AgencyYear.of(read.report()),
        "province=北京市/year=2023",
        false);
  }

  private static ReportIndex sparseEntry() {
    double[] values = new double[AgencyYear.SLOTS];
    Arrays.fill(values, Double.NaN);
    values[3] = 12;
    boolean[] blank = new boolean[AgencyYear.SLOTS];
    blank[4] = true;
    AgencyYear a =
        new AgencyYear("r2", "unmatched|r2", null, null, null, null, false, true, values, blank);
    return new ReportIndex("r2", "archive.warc.gz#<urn:uuid:1>", "0".repeat(64), a, null, true);
  }

  @Test
  void entriesSurviveTheCoder() throws Exception {
    ReportIndex seed = seedEntry();
    assertTrue(
        seed.agencyYear().carryOut(ogireports.model.ApplicantColumn.TOTAL) != null,
        "seed 000 has a carry-over row: the entry holds real values");
    for (ReportIndex r :
        List.of(
            seed,
            sparseEntry(),
            new ReportIndex("r3", "x", "y", null, "province=中央/year=2024", false))) {
      byte[] encoded = CoderUtils.encodeToByteArray(ReportIndexCoder.of(), r);
      assertEquals(r, CoderUtils.decodeFromByteArray(ReportIndexCoder.of(), encoded));
      assertArrayEquals(encoded, CoderUtils.encodeToByteArray(ReportIndexCoder.of(), r));
    }
  }

  @Test
  void indexFilesRoundTripAndRefuseOtherFiles() throws Exception {
    List<ReportIndex> entries = List.of(seedEntry(), sparseEntry());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IndexFile.write(entries, out);
    byte[] file = out.toByteArray();
    assertEquals(entries, IndexFile.read(new ByteArrayInputStream(file)));

    IOException cut =
        assertThrows(
            IOException.class,
            () -> IndexFile.read(new ByteArrayInputStream(Arrays.copyOf(file, file.length - 5))));
    assertTrue(cut.getMessage().contains("cut short"), cut.getMessage());
    IOException other =
        assertThrows(
            IOException.class,
            () -> IndexFile.read(new ByteArrayInputStream("PAR1 not an index".getBytes())));
    assertTrue(other.getMessage().contains("--append"), other.getMessage());
  }
}
