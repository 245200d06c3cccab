package ogireports.clusters;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The clusters' REST answers: fetched with the JDK's HTTP client and read with DuckDB's JSON
 * functions and paths ({@code $.jobs[*].jid}), so that no JSON library joins the cluster jars on
 * the tests' class path.
 */
final class Json {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Json() {}

  /** GET {@code url}; the body of a 200 answer, else an IOException. */
  static String get(String url) throws IOException, InterruptedException {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException("GET " + url + ": HTTP " + r.statusCode() + " " + r.body());
    }
    return r.body();
  }

  /** The values at a JSON path of {@code json} as strings ({@code $.a[*].b} gives several). */
  static List<String> strings(String json, String path) {
    boolean many = path.contains("[*]");
    String sql =
        many
            ? "SELECT unnest(json_extract_string(?::JSON, ?))"
            : "SELECT json_extract_string(?::JSON, ?)";
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        PreparedStatement st = c.prepareStatement(sql)) {
      st.setString(1, json);
      st.setString(2, path);
      List<String> values = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          if (rs.getString(1) != null) {
            values.add(rs.getString(1));
          }
        }
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalArgumentException("cannot read " + path + " from " + json, e);
    }
  }

  /** The one value at {@code path}, or null when there is none. */
  static String string(String json, String path) {
    List<String> values = strings(json, path);
    return values.isEmpty() ? null : values.get(0);
  }

  /** The number at {@code path}, or -1 when there is none. */
  static long number(String json, String path) {
    String v = string(json, path);
    return v == null ? -1 : Long.parseLong(v);
  }
}
