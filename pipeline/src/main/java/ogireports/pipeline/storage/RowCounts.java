package ogireports.pipeline.storage;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;

/**
 * The rows of each dataset of an output folder on a Hadoop file system, from the Parquet footers
 * alone (no row is read): what the launcher can count where DuckDB cannot read the output.
 */
public final class RowCounts {

  private RowCounts() {}

  /**
   * Rows per dataset folder, counting the files whose name {@code keep} accepts.
   *
   * @param dir the output (or staging) folder
   */
  public static Map<String, Long> of(HadoopStore store, String dir, Predicate<String> keep)
      throws IOException {
    Map<String, Long> rows = new LinkedHashMap<>();
    for (Dataset d : Dataset.values()) {
      long n = 0;
      String folder = store.child(dir, d.folder);
      if (store.isDirectory(folder)) {
        for (Store.Entry e : store.listFiles(folder)) {
          String name = e.location().substring(e.location().lastIndexOf('/') + 1);
          if (e.isFile() && name.endsWith(".parquet") && keep.test(name)) {
            n += rows(store, e.location());
          }
        }
      }
      rows.put(d.folder, n);
    }
    return rows;
  }

  private static long rows(HadoopStore store, String file) throws IOException {
    try (ParquetFileReader r =
        ParquetFileReader.open(
            HadoopInputFile.fromPath(new Path(file), store.fileSystem().getConf()))) {
      return r.getRecordCount();
    }
  }
}
