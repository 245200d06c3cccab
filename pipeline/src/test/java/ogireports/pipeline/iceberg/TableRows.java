package ogireports.pipeline.iceberg;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import ogireports.pipeline.storage.Dataset;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.Table;
import org.apache.iceberg.data.IcebergGenerics;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.expressions.Expression;
import org.apache.iceberg.io.CloseableIterable;
import org.apache.iceberg.types.Types;

/**
 * The rows of an Iceberg table read with Iceberg's own reader, and of a Hive-layout dataset read
 * with DuckDB, in one text form so both compare equal: sorted, one string per row, columns by name.
 */
final class TableRows {

  private TableRows() {}

  static int snapshots(Table t) {
    int n = 0;
    for (Snapshot s : t.snapshots()) {
      n++;
    }
    return n;
  }

  static List<Record> records(Table t, Expression filter) throws Exception {
    t.refresh();
    return read(IcebergGenerics.read(t).where(filter));
  }

  private static List<Record> read(IcebergGenerics.ScanBuilder scan) throws Exception {
    List<Record> rows = new ArrayList<>();
    try (CloseableIterable<Record> it = scan.build()) {
      for (Record r : it) {
        rows.add(r.copy());
      }
    }
    return rows;
  }

  /** The table's rows as sorted text, one per row (columns by name). */
  static List<String> iceberg(Table t, Expression filter) throws Exception {
    return text(records(t, filter));
  }

  /** The rows of an earlier snapshot of the table (time travel), as {@link #iceberg}. */
  static List<String> icebergAt(Table t, long snapshotId) throws Exception {
    t.refresh();
    return text(read(IcebergGenerics.read(t).useSnapshot(snapshotId)));
  }

  private static List<String> text(List<Record> records) {
    List<String> rows = new ArrayList<>();
    for (Record r : records) {
      Map<String, String> row = new TreeMap<>();
      for (Types.NestedField f : r.struct().fields()) {
        row.put(f.name(), text(r.getField(f.name())));
      }
      rows.add(row.toString());
    }
    rows.sort(null);
    return rows;
  }

  static List<String> duckdb(Path out, Dataset d) throws Exception {
    return duckdb(out, d, "true");
  }

  /** The dataset's rows as DuckDB reads the Hive folders, as sorted text (columns by name). */
  static List<String> duckdb(Path out, Dataset d, String where) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Stream<Path> files = Files.walk(out.resolve(d.folder))) {
      if (files.noneMatch(p -> p.toString().endsWith(".parquet"))) {
        return rows;
      }
    } catch (java.nio.file.NoSuchFileException e) {
      return rows;
    }
    String sql =
        "SELECT * EXCLUDE (filename) FROM read_parquet('"
            + out.resolve(d.glob())
            + "', hive_partitioning = "
            + d.partitioned
            + ", filename = true) WHERE "
            + where;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      while (rs.next()) {
        Map<String, String> row = new TreeMap<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          row.put(md.getColumnName(i), text(rs.getObject(i)));
        }
        rows.add(row.toString());
      }
    }
    rows.sort(null);
    return rows;
  }

  /** One text form for the values of both readers. */
  static String text(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof Double || v instanceof Float) {
      return Double.toString(((Number) v).doubleValue());
    }
    if (v instanceof Number n) {
      return Long.toString(n.longValue());
    }
    if (v instanceof java.sql.Date date) {
      return date.toLocalDate().toString();
    }
    if (v instanceof LocalDate date) {
      return date.toString();
    }
    if (v instanceof OffsetDateTime t) {
      return t.toInstant().toString();
    }
    if (v instanceof java.sql.Timestamp t) {
      return t.toInstant().toString();
    }
    if (v instanceof LocalDateTime t) {
      return t.toInstant(ZoneOffset.UTC).toString();
    }
    if (v instanceof ByteBuffer b) {
      byte[] bytes = new byte[b.remaining()];
      b.duplicate().get(bytes);
      return HexFormat.of().formatHex(bytes);
    }
    if (v instanceof byte[] b) {
      return HexFormat.of().formatHex(b);
    }
    return v.toString();
  }

  static void copy(Path from, Path to) throws Exception {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
