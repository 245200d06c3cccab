package ogireports.evaluation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import ogireports.crawl.CrawlItem;
import ogireports.crawl.CrawlReader;
import ogireports.crawl.InputFormat;
import ogireports.crawl.Limits;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.RejectReason;
import ogireports.document.ReportReader;
import ogireports.model.ApplicantColumn;
import ogireports.model.ApplicationRowId;
import ogireports.model.ApplicationTable;
import ogireports.model.CellValue;
import ogireports.model.ParsedReport;
import ogireports.model.ReviewCell;
import ogireports.model.ReviewGroup;
import ogireports.model.ReviewLitigationTable;
import ogireports.text.Normalise;
import ogireports.text.Script;

/**
 * Scores what the reader made of labelled inputs against their {@link ExpectedReport}s: per field,
 * how many of the inputs that determine it came out right, and every miss with both values. A
 * reject gets every scored field wrong. Agencies are right when the name read equals the expected
 * name or one of its aliases, compared in Simplified script without whitespace. An input labelled
 * as a reject ({@code "reject": "NOT_A_REPORT"}) scores one field of its own, {@link Field#REJECT}:
 * right when it is rejected with that reason.
 */
public final class Evaluation {

  /** The scored fields, in the order of the report. */
  public enum Field {
    AGENCY("agency"),
    PROVINCE("province"),
    CITY("city"),
    COUNTY("county"),
    YEAR("year"),
    TEMPLATE("template"),
    T3_NEW_TOTAL("t3_new_total"),
    T3_CARRY_IN_TOTAL("t3_carry_in_total"),
    T3_RESULT_TOTAL("t3_result_total"),
    T3_CARRY_OUT_TOTAL("t3_carry_out_total"),
    T4_REVIEW_TOTAL("t4_review_total"),
    /** The reject reason of an input labelled as a reject (not a value of a report). */
    REJECT("reject");

    private final String json;

    Field(String json) {
      this.json = json;
    }

    /** The field's name in {@code expected.jsonl}. */
    public String json() {
      return json;
    }

    /** True for the table totals. */
    public boolean isTotal() {
      return ordinal() >= T3_NEW_TOTAL.ordinal() && ordinal() <= T4_REVIEW_TOTAL.ordinal();
    }

    /** True for the metadata (agency … template). */
    public boolean isMetadata() {
      return ordinal() <= TEMPLATE.ordinal();
    }
  }

  /** A scored field that came out wrong. */
  public record Miss(String file, Field field, Object expected, Object actual) {
    @Override
    public String toString() {
      return file + "  " + field.json() + ": expected " + expected + ", got " + actual;
    }
  }

  private final Map<Field, int[]> scores = new EnumMap<>(Field.class); // {right, scored}
  private final List<Miss> misses = new ArrayList<>();
  private final List<Miss> unlabelledValues = new ArrayList<>();
  private int inputs;

  public Evaluation() {
    for (Field f : Field.values()) {
      scores.put(f, new int[2]);
    }
  }

  /** Scores one input; {@code outcome} is null when the input named by the record is missing. */
  public List<Miss> score(ExpectedReport expected, ReadOutcome outcome) {
    inputs++;
    List<Miss> found = new ArrayList<>();
    ParsedReport report = outcome instanceof ReadOutcome.Accepted a ? a.report() : null;
    String what =
        outcome == null
            ? "(input missing)"
            : outcome instanceof ReadOutcome.Rejected r
                ? "(reject " + r.reason() + ")"
                : "(report)";
    if (expected.reject() != null) {
      // A record labelled as a reject scores the reason alone: a reject has no values, and what
      // else the record names is for people. Values read where it names none are listed below.
      boolean right = outcome instanceof ReadOutcome.Rejected r && r.reason() == expected.reject();
      int[] s = scores.get(Field.REJECT);
      s[1]++;
      if (right) {
        s[0]++;
      } else {
        found.add(new Miss(expected.file(), Field.REJECT, expected.reject(), what));
      }
      if (report != null) {
        for (Field f : Field.values()) {
          Object got = f == Field.REJECT ? null : actualValue(report, f);
          if (got != null && expectedValue(expected, f) == null) {
            unlabelledValues.add(new Miss(expected.file(), f, null, got));
          }
        }
      }
      misses.addAll(found);
      return found;
    }
    // A record with no year expects a NO_YEAR reject (a report's folder needs its year): what
    // else it names cannot come out of a reject, so only an accepted document is scored.
    boolean noYearExpected =
        expected.year() == null
            && outcome instanceof ReadOutcome.Rejected r
            && r.reason() == RejectReason.NO_YEAR;
    for (Field f : Field.values()) {
      if (f == Field.REJECT) {
        continue;
      }
      Object want = expectedValue(expected, f);
      if (want == null && !noYearExpected && report != null) {
        Object got = actualValue(report, f);
        if (got != null) {
          unlabelledValues.add(new Miss(expected.file(), f, null, got));
        }
      }
      if (want == null || noYearExpected) {
        continue;
      }
      Object got = report == null ? what : actualValue(report, f);
      boolean right =
          report != null
              && (f == Field.AGENCY
                  ? agencyMatches(expected, (String) got)
                  : Objects.equals(want, got));
      int[] s = scores.get(f);
      s[1]++;
      if (right) {
        s[0]++;
      } else {
        found.add(new Miss(expected.file(), f, want, got));
      }
    }
    misses.addAll(found);
    return found;
  }

  /**
   * Reads every input a label file names, from {@code inputs} (the folder of the label file when
   * null), with {@code reader}, and scores it; an input that is missing or cannot be read scores as
   * {@code (input missing)}.
   *
   * @return the folder the inputs were read from
   */
  public Path scoreAll(Path labels, Path inputs, ReportReader reader) {
    Path dir = inputs != null ? inputs : labels.toAbsolutePath().getParent();
    for (ExpectedReport e : ExpectedReport.readAll(labels)) {
      Path file = dir.resolve(e.file());
      ReadOutcome outcome = null;
      try {
        if (Files.isRegularFile(file)) {
          outcome = read(file, reader);
        }
      } catch (IOException ex) {
        outcome = null;
      }
      score(e, outcome);
    }
    return dir;
  }

  /**
   * The document of an input file as a run reads it ({@link CrawlReader}, the format told per
   * file): a text file that holds one crawl record is that record's text. A file a run reads as
   * several documents, or none, is read whole.
   */
  static Document document(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    try (CrawlReader records =
        CrawlReader.open(
            file.toString(), new ByteArrayInputStream(bytes), InputFormat.TEXT, Limits.DEFAULTS)) {
      if (records.hasNext()
          && records.next() instanceof CrawlItem.Readable one
          && !records.hasNext()) {
        return one.document();
      }
    }
    return new Document(file.toString(), bytes);
  }

  /**
   * An input file read as a run reads it, its format told as a run tells it ({@link
   * InputFormat#detect}: a {@code .json} file is a record, not a text): its one document's outcome,
   * or the reject a run writes when the file gives no document (a record with no content field:
   * {@code MALFORMED_RECORD}). A file a run reads as several documents is read whole.
   */
  static ReadOutcome read(Path file, ReportReader reader) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    List<CrawlItem> items = new ArrayList<>();
    try (CrawlReader records =
        CrawlReader.open(file.toString(), new ByteArrayInputStream(bytes), null, Limits.DEFAULTS)) {
      records.forEachRemaining(items::add);
    }
    boolean anyReadable = items.stream().anyMatch(i -> i instanceof CrawlItem.Readable);
    if (items.size() == 1 && items.get(0) instanceof CrawlItem.Readable one) {
      return reader.read(one.document());
    }
    if (!items.isEmpty() && !anyReadable && items.get(0) instanceof CrawlItem.Failure f) {
      RejectReason reason;
      try {
        reason = RejectReason.valueOf(f.reason().name());
      } catch (IllegalArgumentException e) {
        reason = RejectReason.UNREADABLE;
      }
      return new ReadOutcome.Rejected(f.sourceUri(), reason, f.detail(), bytes.length, null, null);
    }
    return reader.read(document(file));
  }

  /** Inputs scored so far. */
  public int inputs() {
    return inputs;
  }

  /** Right and scored counts of a field: {@code {right, scored}}. */
  public int[] score(Field f) {
    return scores.get(f).clone();
  }

  /** Every miss so far, in scoring order. */
  public List<Miss> misses() {
    return List.copyOf(misses);
  }

  /**
   * Every value read for a field the label leaves null (the text does not determine it, says the
   * labeller), in scoring order: not scored, since a label may leave out what other evidence (a
   * township's unique name, the page's site) gives; but a value the text does not determine should
   * stay null, so each is worth a look.
   */
  public List<Miss> unlabelledValues() {
    return List.copyOf(unlabelledValues);
  }

  /** True when every scored field of every input came out right. */
  public boolean allRight() {
    return misses.isEmpty();
  }

  /**
   * The per-field table as Markdown (field, right, scored, accuracy), with the two group totals,
   * then, when some input is labelled as a reject, the line of the rejects.
   */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append("| field | right | scored | accuracy |\n|---|---:|---:|---:|\n");
    int[] meta = new int[2];
    int[] totals = new int[2];
    for (Field f : Field.values()) {
      if (f == Field.REJECT) {
        continue;
      }
      int[] s = scores.get(f);
      out.append(row(f.json(), s));
      int[] group = f.isTotal() ? totals : meta;
      group[0] += s[0];
      group[1] += s[1];
    }
    out.append(row("**metadata (agency … template)**", meta));
    out.append(row("**table totals (t3_*, t4_*)**", totals));
    int[] rejects = scores.get(Field.REJECT);
    if (rejects[1] > 0) {
      out.append(row("**rejects (labelled reason)**", rejects));
    }
    return out.toString();
  }

  private static String row(String name, int[] s) {
    String pct = s[1] == 0 ? "-" : String.format("%.0f%%", 100.0 * s[0] / s[1]);
    return "| " + name + " | " + s[0] + " | " + s[1] + " | " + pct + " |\n";
  }

  static boolean agencyMatches(ExpectedReport expected, String actual) {
    if (actual == null) {
      return false;
    }
    String got = comparable(actual);
    if (got.equals(comparable(expected.agency()))) {
      return true;
    }
    for (String alias : expected.agencyAliases()) {
      if (got.equals(comparable(alias))) {
        return true;
      }
    }
    return false;
  }

  /** An agency name as compared: Simplified script, NFKC, no whitespace. */
  public static String comparable(String agency) {
    return Normalise.squeeze(Script.simplified(Normalise.nfkc(agency)));
  }

  private static Object expectedValue(ExpectedReport e, Field f) {
    return switch (f) {
      case AGENCY -> e.agency();
      case PROVINCE -> e.province();
      case CITY -> e.city();
      case COUNTY -> e.county();
      case YEAR -> e.year();
      case TEMPLATE -> e.template();
      case T3_NEW_TOTAL -> e.t3NewTotal();
      case T3_CARRY_IN_TOTAL -> e.t3CarryInTotal();
      case T3_RESULT_TOTAL -> e.t3ResultTotal();
      case T3_CARRY_OUT_TOTAL -> e.t3CarryOutTotal();
      case T4_REVIEW_TOTAL -> e.t4ReviewTotal();
      case REJECT -> e.reject();
    };
  }

  /** What the reader found for a field, in the form of the expected value. */
  static Object actualValue(ParsedReport r, Field f) {
    return switch (f) {
      case AGENCY -> r.metadata().agency();
      case PROVINCE -> r.place().province();
      case CITY -> r.place().city();
      case COUNTY -> r.place().county();
      case YEAR -> r.metadata().year();
      case TEMPLATE -> r.tables().template() == null ? null : r.tables().template().code();
      case T3_NEW_TOTAL -> t3Total(r, ApplicationRowId.NEW);
      case T3_CARRY_IN_TOTAL -> t3Total(r, ApplicationRowId.CARRY_IN);
      case T3_RESULT_TOTAL -> t3Total(r, ApplicationRowId.R_TOTAL);
      case T3_CARRY_OUT_TOTAL -> t3Total(r, ApplicationRowId.CARRY_OUT);
      case T4_REVIEW_TOTAL -> reviewTotal(r);
      case REJECT -> null; // a report is no reject
    };
  }

  private static Long t3Total(ParsedReport r, ApplicationRowId id) {
    ApplicationTable t = r.tables().applications();
    if (t == null) {
      return null;
    }
    return t.row(id).map(row -> count(row.cell(ApplicantColumn.TOTAL))).orElse(null);
  }

  private static Long reviewTotal(ParsedReport r) {
    ReviewLitigationTable t = r.tables().reviewLitigation();
    if (t == null) {
      return null;
    }
    return t.group(ReviewGroup.REVIEW).map(g -> count(g.cell(ReviewCell.TOTAL))).orElse(null);
  }

  private static Long count(CellValue c) {
    return c == null ? null : c.asCount();
  }
}
