package ogireports.pipeline.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import ogireports.pipeline.storage.Warehouse;

/**
 * {@code ogi-reports query "<SQL>" [--output=DIR]}: runs SQL over an output folder with DuckDB and
 * prints the result as a table. Views: reports, applications, review_litigation, active_disclosure,
 * flags, rejects.
 */
final class Query {

  private static final int MAX_ROWS = 1000;

  private Query() {}

  static int run(List<String> args, PrintStream out, PrintStream err) {
    String output = "out";
    String sql = null;
    for (String a : args) {
      if (a.equals("--help") || a.equals("-h")) {
        out.println("usage: ogi-reports query \"<SQL>\" [--output=DIR]");
        out.println(
            "views: reports, applications, review_litigation, active_disclosure, flags, rejects");
        return 0;
      }
      if (a.startsWith("--output=")) {
        output = a.substring("--output=".length());
      } else if (sql == null) {
        sql = a;
      } else {
        err.println(
            "usage: ogi-reports query \"<SQL>\" [--output=DIR]  (one SQL argument; quote it)");
        return 2;
      }
    }
    if (sql == null || sql.isBlank()) {
      err.println("usage: ogi-reports query \"<SQL>\" [--output=DIR]");
      err.println(
          "views: reports, applications, review_litigation, active_disclosure, flags, rejects");
      return 2;
    }
    Path dir = Path.of(output).toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      err.println("no output at " + dir + ": run ./ogi-reports first, or pass --output=DIR");
      return 2;
    }
    try (Warehouse w = Warehouse.open(dir);
        Statement st = w.connection().createStatement()) {
      // a statement without a result (COPY … TO 'file.csv', SET …) is run, not read as rows
      if (st.execute(sql)) {
        try (ResultSet rs = st.getResultSet()) {
          print(rs, out);
        }
      } else {
        out.println("(done)");
      }
      return 0;
    } catch (SQLException e) {
      err.println("query failed: " + e.getMessage());
      return 2;
    } catch (Exception e) {
      err.println("query failed: " + e);
      return 1;
    }
  }

  private static void print(ResultSet rs, PrintStream out) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    int n = md.getColumnCount();
    List<String[]> rows = new ArrayList<>();
    String[] header = new String[n];
    for (int i = 0; i < n; i++) {
      header[i] = md.getColumnLabel(i + 1);
    }
    rows.add(header);
    int count = 0;
    boolean more = false;
    while (rs.next()) {
      if (count == MAX_ROWS) {
        more = true;
        break;
      }
      String[] row = new String[n];
      for (int i = 0; i < n; i++) {
        Object v = rs.getObject(i + 1);
        row[i] = v == null ? "NULL" : v.toString();
      }
      rows.add(row);
      count++;
    }
    int[] widths = new int[n];
    for (String[] row : rows) {
      for (int i = 0; i < n; i++) {
        widths[i] = Math.max(widths[i], width(row[i]));
      }
    }
    for (int r = 0; r < rows.size(); r++) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < n; i++) {
        String cell = rows.get(r)[i];
        line.append(i == 0 ? "" : " | ").append(cell).append(" ".repeat(widths[i] - width(cell)));
      }
      out.println(line.toString().stripTrailing());
      if (r == 0) {
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < n; i++) {
          rule.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
        }
        out.println(rule);
      }
    }
    out.println(
        "("
            + count
            + (more ? "+ rows, first " + MAX_ROWS + " shown)" : count == 1 ? " row)" : " rows)"));
  }

  /** Display width: CJK and full-width characters take two columns in a terminal. */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      boolean wide =
          (cp >= 0x1100 && cp <= 0x115F)
              || (cp >= 0x2E80 && cp <= 0xA4CF)
              || (cp >= 0xAC00 && cp <= 0xD7A3)
              || (cp >= 0xF900 && cp <= 0xFAFF)
              || (cp >= 0xFE30 && cp <= 0xFE4F)
              || (cp >= 0xFF00 && cp <= 0xFF60)
              || (cp >= 0xFFE0 && cp <= 0xFFE6)
              || (cp >= 0x20000 && cp <= 0x3FFFD);
      w += wide ? 2 : 1;
    }
    return w;
  }
}
