package ogireports.pipeline.storage;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import ogireports.schemas.RejectRecord;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * The files of the rejects dataset: every input that is not a report, and why. The rejects of a run
 * are spread over {@value #GROUPS} groups by their {@code source_uri} and written one file per
 * group that has any, sorted: {@code rejects/part-<run id>-<group, 5 digits>-of-00032.parquet}. A
 * run with no reject writes one empty file, so every run has its rejects and {@code
 * rejects/*.parquet} always shows the schema.
 */
public final class RejectFiles {

  /** The groups the rejects of a run are written in. */
  public static final int GROUPS = 32;

  private RejectFiles() {}

  /** The group of a reject row. */
  public static int group(RejectRecord r) {
    return Math.floorMod(r.getSourceUri().hashCode(), GROUPS);
  }

  /** The file of group {@code group} of run {@code runId}. */
  public static String file(String outputDir, String runId, int group) {
    return outputDir
        + "/"
        + Dataset.REJECTS.folder
        + "/part-"
        + runId
        + String.format("-%05d-of-%05d.parquet", group, GROUPS);
  }

  /** A DuckDB glob of the rejects files of run {@code runId} (and of no other run). */
  public static String glob(String outputDir, String runId) {
    return outputDir
        + "/"
        + Dataset.REJECTS.folder
        + "/part-"
        + runId
        + "-?????-of-"
        + String.format("%05d", GROUPS)
        + ".parquet";
  }

  /** {@link #ensureFile(Path, String)} of an output folder on any store. */
  public static void ensureFile(Store store, String outputDir, String runId) throws IOException {
    if (store.isLocal()) {
      ensureFile(Path.of(outputDir), runId);
      return;
    }
    String folder = store.child(outputDir, Dataset.REJECTS.folder);
    if (store.isDirectory(folder)) {
      String prefix = "part-" + runId + "-";
      String suffix = String.format("-of-%05d.parquet", GROUPS);
      for (String name : store.list(folder)) {
        if (name.startsWith(prefix)
            && name.endsWith(suffix)
            && name.length() == prefix.length() + 5 + suffix.length()) {
          return;
        }
      }
    }
    ResourceId file = FileSystems.matchNewResource(file(outputDir, runId, 0), false);
    ParquetFile.create(file, Dataset.REJECTS.schema).close();
  }

  /** Writes an empty rejects file when run {@code runId} wrote none. */
  public static void ensureFile(Path outputDir, String runId) throws IOException {
    Path folder = outputDir.resolve(Dataset.REJECTS.folder);
    if (Files.isDirectory(folder)) {
      String name = Path.of(glob(outputDir.toString(), runId)).getFileName().toString();
      try (DirectoryStream<Path> mine = Files.newDirectoryStream(folder, name)) {
        if (mine.iterator().hasNext()) {
          return;
        }
      }
    }
    ResourceId file = FileSystems.matchNewResource(file(outputDir.toString(), runId, 0), false);
    ParquetFile.create(file, Dataset.REJECTS.schema).close();
  }
}
