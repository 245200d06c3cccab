package ogireports.pipeline.storage;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import ogireports.corpus.IndexFile;
import ogireports.corpus.ReportIndex;
import ogireports.document.ReportReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.parquet.hadoop.ParquetWriter;

/**
 * An {@code --append} run: the previous output is linked into the staging folder ({@link
 * OutputFolder#linkPrevious}), and the new run learns what it holds: the index of its reports (for
 * the checks across documents) and their report ids, which are not parsed again — except, with
 * {@code --reparse-older}, those written by an older parser version, whose old rows are removed
 * once the new run has parsed their documents again.
 */
public final class Append {

  /** The list of report ids already in the output, inside the run's temporary folder. */
  public static final String KNOWN_IDS_FILE = "known-report-ids.txt";

  private final Path staging;
  private final PriorOutput prior;
  private final Set<String> older;

  private Append(Path staging, PriorOutput prior, Set<String> older) {
    this.staging = staging;
    this.prior = prior;
    this.older = older;
  }

  /**
   * Links the previous output into the staging folder and describes it.
   *
   * @param reparseOlder parse again the documents of reports written by an older parser version
   */
  public static Append prepare(OutputFolder folder, boolean reparseOlder)
      throws IOException, SQLException, UsageException {
    if (!folder.isLocal()) {
      return prepareRemote(folder, reparseOlder);
    }
    Path staging = folder.staging();
    if (Files.isDirectory(folder.target())) {
      checkColumnTypes(folder.target());
    }
    if (!folder.linkPrevious()) {
      return new Append(staging, PriorOutput.NONE, Set.of());
    }
    List<String> indexFiles = new ArrayList<>();
    try (Stream<Path> files = Files.list(staging.resolve(IndexFile.FOLDER))) {
      files
          .filter(p -> p.getFileName().toString().endsWith(IndexFile.SUFFIX))
          .sorted()
          .forEach(p -> indexFiles.add(p.toString()));
    }
    Set<String> older = new HashSet<>();
    Path known = staging.resolve(OutputFolder.TEMP_DIR).resolve(KNOWN_IDS_FILE);
    Files.createDirectories(known.getParent());
    try (Warehouse w = Warehouse.open(staging);
        Statement st = w.connection().createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT report_id, min(parser_version) FROM reports GROUP BY 1 ORDER BY 1");
        BufferedWriter out = Files.newBufferedWriter(known, StandardCharsets.UTF_8)) {
      while (rs.next()) {
        if (reparseOlder && isOlder(rs.getString(2), ReportReader.PARSER_VERSION)) {
          older.add(rs.getString(1));
          continue;
        }
        out.write(rs.getString(1));
        out.newLine();
      }
    }
    return new Append(staging, new PriorOutput(indexFiles, known.toString()), older);
  }

  /**
   * An append to an output on a Hadoop file system: the previous files are copied into the staging
   * folder (no hard links there), and the ids of the reports already in the output come from its
   * index ({@code _corpus/}), since DuckDB cannot read the output where it is. Neither {@code
   * --reparse-older} nor the check of the column types (both read the datasets with DuckDB) is
   * offered there.
   */
  private static Append prepareRemote(OutputFolder folder, boolean reparseOlder)
      throws IOException, UsageException {
    if (reparseOlder) {
      throw new UsageException(
          "--reparse-older reads the output with DuckDB, which needs a local --output; copy the"
              + " output to a local folder to use it");
    }
    Store store = folder.store();
    String staging = folder.stagingLocation();
    if (!folder.linkPrevious()) {
      return new Append(null, PriorOutput.NONE, Set.of());
    }
    List<String> indexFiles = new ArrayList<>();
    for (String name : store.list(store.child(staging, IndexFile.FOLDER))) {
      if (name.endsWith(IndexFile.SUFFIX)) {
        indexFiles.add(store.child(store.child(staging, IndexFile.FOLDER), name));
      }
    }
    indexFiles.sort(null);
    String temp = store.child(staging, OutputFolder.TEMP_DIR);
    store.mkdirs(temp);
    String known = store.child(temp, KNOWN_IDS_FILE);
    writeKnownIds(indexFiles, known);
    return new Append(null, new PriorOutput(indexFiles, known), Set.of());
  }

  /**
   * Writes the ids of every report in {@code indexFiles} to {@code known}, one a line, sorted: the
   * reports an append run finds in the output already ({@link PriorOutput#knownIdsFile()}).
   */
  public static void writeKnownIds(List<String> indexFiles, String known) throws IOException {
    Set<String> ids = new java.util.TreeSet<>();
    for (String file : indexFiles) {
      try (InputStream in =
          java.nio.channels.Channels.newInputStream(
              FileSystems.open(FileSystems.matchNewResource(file, false)))) {
        for (ReportIndex r : IndexFile.read(in)) {
          ids.add(r.reportId());
        }
      }
    }
    try (OutputStream out =
        java.nio.channels.Channels.newOutputStream(
            FileSystems.create(FileSystems.matchNewResource(known, false), "text/plain"))) {
      for (String id : ids) {
        out.write((id + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  /**
   * Refuses to add to an output whose columns have another type than this version writes (such as
   * {@code fetched_at} written as text before it became a timestamp): the files would not read back
   * as one dataset. Only the kind of each plain column is compared (text, whole number, number,
   * boolean, timestamp); columns missing on either side are left to the readers.
   */
  static void checkColumnTypes(Path output) throws UsageException, IOException {
    try (java.sql.Connection c = Warehouse.connect()) {
      for (Dataset d : Dataset.values()) {
        Path dir = output.resolve(d.folder);
        boolean any;
        try (Stream<Path> files = Files.exists(dir) ? Files.walk(dir) : Stream.empty()) {
          any = files.anyMatch(f -> f.toString().endsWith(".parquet"));
        }
        if (!any) {
          continue;
        }
        java.util.Map<String, String> found = new java.util.HashMap<>();
        try (Statement st = c.createStatement();
            ResultSet rs =
                st.executeQuery(
                    "SELECT name, type FROM parquet_schema('"
                        + output.resolve(d.glob()).toString().replace("'", "''")
                        + "')")) {
          while (rs.next()) {
            found.putIfAbsent(rs.getString(1), rs.getString(2));
          }
        } catch (SQLException e) {
          continue; // unreadable metadata: the run's own checks will say so
        }
        for (org.apache.avro.Schema.Field f : d.schema.getFields()) {
          String want = kind(f.schema());
          String have = found.get(f.name());
          if (want == null || have == null) {
            continue;
          }
          String haveKind = parquetKind(have);
          if (haveKind != null && !haveKind.equals(want)) {
            throw new UsageException(
                "--append: "
                    + output
                    + " was written by an older version with "
                    + d.folder
                    + "."
                    + f.name()
                    + " as "
                    + haveKind
                    + "; this version writes it as "
                    + want
                    + ". Run once without --append to rewrite the output with the new column"
                    + " types.");
          }
        }
      }
    } catch (SQLException e) {
      throw new IOException("cannot read the output's column types: " + e.getMessage(), e);
    }
  }

  /** The kind of an Avro field's type (nullable unions unwrapped), or null for nested types. */
  static String kind(org.apache.avro.Schema schema) {
    if (schema.getType() == org.apache.avro.Schema.Type.UNION) {
      org.apache.avro.Schema one = null;
      for (org.apache.avro.Schema s : schema.getTypes()) {
        if (s.getType() != org.apache.avro.Schema.Type.NULL) {
          if (one != null) {
            return null;
          }
          one = s;
        }
      }
      return one == null ? null : kind(one);
    }
    org.apache.avro.LogicalType logical = schema.getLogicalType();
    if (logical != null && logical.getName().startsWith("timestamp")) {
      return "timestamp";
    }
    if (logical != null && logical.getName().equals("date")) {
      return "date";
    }
    return switch (schema.getType()) {
      case STRING, ENUM -> "text";
      case INT, LONG -> "whole number";
      case FLOAT, DOUBLE -> "number";
      case BOOLEAN -> "boolean";
      default -> null;
    };
  }

  /** The kind of a Parquet physical type as DuckDB's parquet_schema() names it. */
  static String parquetKind(String physical) {
    return switch (physical) {
      case "BYTE_ARRAY", "FIXED_LEN_BYTE_ARRAY" -> "text";
      case "INT32", "INT64" ->
          null; // a whole number, a date or a timestamp: told by its logical type
      case "FLOAT", "DOUBLE" -> "number";
      case "BOOLEAN" -> "boolean";
      default -> null;
    };
  }

  public PriorOutput prior() {
    return prior;
  }

  /** The reports of an older parser version this run was allowed to parse again. */
  public int olderReports() {
    return older.size();
  }

  /**
   * After the run: the reports of an older parser that this run parsed again (into a report or a
   * reject) lose their old rows and index entries; the others keep them.
   *
   * @return the number of reports replaced
   */
  public int removeReplaced(String runId) throws IOException, SQLException {
    if (older.isEmpty()) {
      return 0;
    }
    Set<String> replaced = new HashSet<>();
    try (Warehouse w = Warehouse.open(staging);
        Statement st = w.connection().createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT report_id FROM reports WHERE run_id = "
                    + Warehouse.literal(runId)
                    + " UNION SELECT report_id FROM read_parquet("
                    + Warehouse.literal(RejectFiles.glob(staging.toString(), runId))
                    + ") WHERE report_id IS NOT NULL AND reason <> 'DUPLICATE'")) {
      while (rs.next()) {
        if (older.contains(rs.getString(1))) {
          replaced.add(rs.getString(1));
        }
      }
    }
    if (replaced.isEmpty()) {
      return 0;
    }
    String mine = runId + ".parquet";
    for (Dataset d : Dataset.values()) {
      if (!d.partitioned || !Files.isDirectory(staging.resolve(d.folder))) {
        continue;
      }
      try (Stream<Path> files = Files.walk(staging.resolve(d.folder))) {
        for (Path file : files.filter(p -> p.toString().endsWith(".parquet")).toList()) {
          if (!file.getFileName().toString().endsWith(mine)) {
            dropRows(file, d, replaced);
          }
        }
      }
    }
    try (Stream<Path> files = Files.list(staging.resolve(IndexFile.FOLDER))) {
      for (Path file : files.toList()) {
        if (!file.getFileName().toString().startsWith(runId + "-")) {
          dropIndexEntries(file, replaced);
        }
      }
    }
    return replaced.size();
  }

  /** Rewrites a dataset file without the rows of {@code ids} (a new file: the link is replaced). */
  private static void dropRows(Path file, Dataset d, Set<String> ids) throws IOException {
    List<GenericRecord> rows = ParquetFile.readAll(file);
    List<GenericRecord> kept =
        rows.stream().filter(r -> !ids.contains(String.valueOf(r.get("report_id")))).toList();
    if (kept.size() == rows.size()) {
      return;
    }
    if (kept.isEmpty()) {
      Files.delete(file);
      return;
    }
    Path rewritten = file.resolveSibling("." + file.getFileName() + ".rewrite");
    try (ParquetWriter<GenericRecord> w =
        ParquetFile.create(FileSystems.matchNewResource(rewritten.toString(), false), d.schema)) {
      for (GenericRecord r : kept) {
        w.write(r);
      }
    }
    Files.move(rewritten, file, StandardCopyOption.REPLACE_EXISTING);
  }

  private static void dropIndexEntries(Path file, Set<String> ids) throws IOException {
    List<ReportIndex> entries;
    try (InputStream in = Files.newInputStream(file)) {
      entries = IndexFile.read(in);
    }
    List<ReportIndex> kept = entries.stream().filter(r -> !ids.contains(r.reportId())).toList();
    if (kept.size() == entries.size()) {
      return;
    }
    Path rewritten = file.resolveSibling("." + file.getFileName() + ".rewrite");
    try (OutputStream out = Files.newOutputStream(rewritten)) {
      IndexFile.write(kept, out);
    }
    Files.move(rewritten, file, StandardCopyOption.REPLACE_EXISTING);
  }

  /** True when version {@code a} is older than {@code b} (dotted numbers; text compares last). */
  static boolean isOlder(String a, String b) {
    if (a == null) {
      return true;
    }
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      String p = i < x.length ? x[i] : "0";
      String q = i < y.length ? y[i] : "0";
      int c;
      try {
        c = Long.compare(Long.parseLong(p), Long.parseLong(q));
      } catch (NumberFormatException e) {
        c = p.compareTo(q);
      }
      if (c != 0) {
        return c < 0;
      }
    }
    return false;
  }
}
