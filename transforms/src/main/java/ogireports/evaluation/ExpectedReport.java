package ogireports.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ogireports.document.RejectReason;
import ogireports.model.ApplicationRowId;

/**
 * One hand-checked record of an {@code expected.jsonl} file (the schema of the project's real
 * fixtures, see the README's "Evaluating on your own labelled reports"): the input it names and the
 * values a reader must find in it. A null value is not scored: the text does not determine it.
 * Fields beyond the scored ones ({@code level}, {@code layout}, {@code notes}…) are prose for
 * people and are ignored. A record with {@code reject} expects the input to be rejected with that
 * reason ({@code "reject": "NOT_A_REPORT"}): that alone is scored, the record's other fields are
 * for people.
 *
 * @param file the input's file name (or a path relative to the input folder)
 * @param agency the agency's fullest printed name
 * @param agencyAliases other printed names that count as right
 * @param province the official province name, {@code 中央} for central bodies
 * @param city the official prefecture-level name
 * @param county the official county-level name
 * @param year the year the report covers
 * @param template {@code 2019}, {@code 2021}, {@code pre2019} or {@code unknown}
 * @param t3NewTotal table 三 row 一, column 总计
 * @param t3CarryInTotal table 三 row 二, column 总计
 * @param t3ResultTotal table 三 row （七）总计, column 总计
 * @param t3CarryOutTotal table 三 row 四, column 总计
 * @param t4ReviewTotal table 四, 行政复议 总计
 * @param reject the {@link RejectReason} the input is rejected with ({@code NOT_A_REPORT}), or null
 *     when it is read as a report
 */
public record ExpectedReport(
    String file,
    String agency,
    List<String> agencyAliases,
    String province,
    String city,
    String county,
    Integer year,
    String template,
    Long t3NewTotal,
    Long t3CarryInTotal,
    Long t3ResultTotal,
    Long t3CarryOutTotal,
    Long t4ReviewTotal,
    RejectReason reject) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public ExpectedReport {
    agencyAliases = agencyAliases == null ? List.of() : List.copyOf(agencyAliases);
  }

  /** This record for another input file (the same report in another form). */
  public ExpectedReport withFile(String otherFile) {
    return new ExpectedReport(
        otherFile,
        agency,
        agencyAliases,
        province,
        city,
        county,
        year,
        template,
        t3NewTotal,
        t3CarryInTotal,
        t3ResultTotal,
        t3CarryOutTotal,
        t4ReviewTotal,
        reject);
  }

  /** Reads every record of a JSON Lines file; blank lines are skipped. */
  public static List<ExpectedReport> readAll(Path jsonl) {
    try {
      List<ExpectedReport> out = new ArrayList<>();
      int n = 0;
      for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          out.add(of(JSON.readTree(line)));
        } catch (IOException | IllegalArgumentException e) {
          throw new IllegalArgumentException(jsonl + " line " + n + ": " + e.getMessage(), e);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One record from its JSON object. */
  public static ExpectedReport of(JsonNode n) {
    if (!n.hasNonNull("file")) {
      throw new IllegalArgumentException("a record needs \"file\"");
    }
    List<String> aliases = new ArrayList<>();
    if (n.has("agency_aliases")) {
      n.get("agency_aliases").forEach(a -> aliases.add(a.asText()));
    }
    return new ExpectedReport(
        n.get("file").asText(),
        text(n, "agency"),
        aliases,
        text(n, "province"),
        text(n, "city"),
        text(n, "county"),
        n.hasNonNull("year") ? n.get("year").asInt() : null,
        text(n, "template"),
        count(n, "t3_new_total"),
        count(n, "t3_carry_in_total"),
        count(n, "t3_result_total"),
        count(n, "t3_carry_out_total"),
        count(n, "t4_review_total"),
        reject(n));
  }

  /** The reject reason a record expects, by its name; an unknown name is an error. */
  private static RejectReason reject(JsonNode n) {
    String name = text(n, "reject");
    if (name == null) {
      return null;
    }
    try {
      return RejectReason.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "\"reject\": " + name + " is no reject reason (NOT_A_REPORT, NO_YEAR, …)");
    }
  }

  private static String text(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asText() : null;
  }

  private static Long count(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asLong() : null;
  }

  /**
   * A row key of the cell-by-cell records ({@code t3_cells}: 一, 二, 三(一), 三(三)1…8, 三(四)1…3, 三(五)1…5,
   * 三(六), 三(七), 四) as the table 三 row it names.
   *
   * @throws IllegalArgumentException for a key that names no row
   */
  public static ApplicationRowId rowOfKey(String key) {
    return switch (key) {
      case "一" -> ApplicationRowId.NEW;
      case "二" -> ApplicationRowId.CARRY_IN;
      case "三(一)" -> ApplicationRowId.R_OPEN;
      case "三(二)" -> ApplicationRowId.R_PARTIAL;
      case "三(六)" -> ApplicationRowId.R_OTHER;
      case "三(七)" -> ApplicationRowId.R_TOTAL;
      case "四" -> ApplicationRowId.CARRY_OUT;
      default -> {
        if (key.length() < 5) {
          throw new IllegalArgumentException("no table 三 row is keyed " + key);
        }
        String prefix =
            switch (key.substring(0, 4)) {
              case "三(三)" -> "R_DENY_";
              case "三(四)" -> "R_NA_";
              case "三(五)" -> "R_NOPROC_";
              case "三(六)" -> "R_OTHER_";
              default -> throw new IllegalArgumentException("no table 三 row is keyed " + key);
            };
        yield ApplicationRowId.valueOf(prefix + Integer.parseInt(key.substring(4)));
      }
    };
  }
}
