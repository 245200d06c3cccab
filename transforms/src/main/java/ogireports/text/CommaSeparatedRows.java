package ogireports.text;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Tables pasted as comma-separated values: a spreadsheet's table copied as CSV into a page, or a
 * crawl that saved a sheet so. Each such line becomes a row of tab-separated cells, as a
 * spreadsheet pasted as text gives them, so the table readers read it as they read TSV:
 *
 * <pre>
 * 一、本年新收政府信息公开申请数量,,,112,21,1,0,4,3,141       (merged label cells as empty fields)
 * 一、本年新收政府信息公开申请数量，，，6，2，0，0，0，0，8     (an editor's full-width commas)
 * "1","一、本年新收政府信息公开申请数量","","","26",…          (every field quoted, a 序号 column)
 * "一、本年新收
 * 政府信息公开申请数量",,,58,11,0,1,2,1,73                    (a line break typed in a cell)
 * 4;1;1;2;8;2;1;0;1;4;1;0;0;1;2                               (table 四, separated by ;)
 * </pre>
 *
 * <p>A comma is also Chinese prose's pause and a thousands separator, so a line is a row only
 * inside a block of lines that are all separated by the same one of {@code , ， ; ；} with no
 * sentence in them ({@code 。}), where the rows holding numbers hold at most three fields of text
 * (the label columns) and at least two counts, and the block's counts are at least {@value
 * #MIN_COUNTS} (a table, not a line of prose or a number written {@code 1,234,567}). A block whose
 * first field is headed {@code 序号} loses that column. Lines with a tab or a {@code |} are left as
 * they are (rows of another form).
 *
 * <p>Why by hand: Commons CSV reads the fields of a record (quotes, doubled quotes, line breaks in
 * a quoted field); which lines of a report's text are records is this class's decision.
 */
public final class CommaSeparatedRows {

  /** Counts a block must hold to be a table (table 四 alone prints 15). */
  static final int MIN_COUNTS = 12;

  /** Longest field of a row: the longest label of the templates is about 40 characters. */
  private static final int MAX_FIELD_CHARS = 80;

  /** Most lines a quoted field's line breaks may join. */
  private static final int MAX_JOINED_LINES = 4;

  private static final String SEPARATORS = ",，;；";

  private CommaSeparatedRows() {}

  /**
   * The lines with their comma-separated rows rewritten; {@code sourceLine[i]} is line i's 1-based
   * input line (the first, for a row whose quoted field held line breaks).
   */
  public record Rewritten(List<String> lines, int[] sourceLine, boolean changed) {}

  /** A line read as a record: its fields, and the input lines it took. */
  private record Row(List<String> fields, int lines, boolean counts, char separator) {}

  public static Rewritten rewrite(List<String> lines) {
    int n = lines.size();
    Row[] rows = new Row[n];
    boolean any = false;
    for (int i = 0; i < n; i++) {
      if (mayHoldCounts(lines.get(i))) {
        any = true;
        break;
      }
    }
    if (!any) {
      return new Rewritten(lines, null, false);
    }
    for (int i = 0; i < n; ) {
      Row row = row(lines, i);
      rows[i] = row;
      i += row == null ? 1 : row.lines();
    }
    boolean[] keep = new boolean[n];
    boolean changed = false;
    for (int i = 0; i < n; ) {
      if (rows[i] == null) {
        i++;
        continue;
      }
      int end = i;
      int counts = 0;
      // a block: the rows after one another that one separator splits
      while (end < n && rows[end] != null && rows[end].separator() == rows[i].separator()) {
        counts += rows[end].counts() ? countsOf(rows[end].fields()) : 0;
        end += rows[end].lines();
      }
      if (counts >= MIN_COUNTS) {
        boolean numbered = "序号".equals(firstField(rows, i, end));
        for (int k = i; k < end; k += rows[k].lines()) {
          keep[k] = true;
          if (numbered && !rows[k].fields().isEmpty()) {
            List<String> f = rows[k].fields();
            rows[k] =
                new Row(
                    f.subList(1, f.size()), rows[k].lines(), rows[k].counts(), rows[k].separator());
          }
        }
        changed = true;
      }
      i = end;
    }
    if (!changed) {
      return new Rewritten(lines, null, false);
    }
    List<String> out = new ArrayList<>(n);
    List<Integer> source = new ArrayList<>(n);
    for (int i = 0; i < n; ) {
      if (keep[i]) {
        out.add(String.join("\t", rows[i].fields()));
        source.add(i + 1);
        i += rows[i].lines();
      } else {
        out.add(lines.get(i));
        source.add(i + 1);
        i++;
      }
    }
    int[] sourceLine = new int[out.size()];
    for (int k = 0; k < sourceLine.length; k++) {
      sourceLine[k] = source.get(k);
    }
    return new Rewritten(out, sourceLine, true);
  }

  /** The first non-empty field of the block's first row, or null. */
  private static String firstField(Row[] rows, int from, int end) {
    for (int k = from; k < end; k += rows[k].lines()) {
      List<String> f = rows[k].fields();
      if (!f.isEmpty() && !f.get(0).isEmpty()) {
        return f.get(0);
      }
    }
    return null;
  }

  /**
   * True when a line holds three separators of one kind and a count standing between two of them
   * (or at the end after one): a quick look before any line is read as a record.
   */
  static boolean mayHoldCounts(String line) {
    // a row ends in a count, a separator or a quote; prose in 。 or a word: one look at its end
    int end = line.length();
    while (end > 0 && line.charAt(end - 1) <= ' ') {
      end--;
    }
    if (end == 0) {
      return false;
    }
    char last = line.charAt(end - 1);
    if (!isDigit(last) && SEPARATORS.indexOf(last) < 0 && last != '"') {
      return false;
    }
    // then one look at every character: a line's commas that a digit seldom follows are prose's
    int separators = 0;
    int digitAfter = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\t' || c == '|' || c == '。') {
        return false;
      }
      if (c == ',' || c == '，' || c == ';' || c == '；') {
        separators++;
        int j = i + 1;
        while (j < line.length() && (line.charAt(j) == ' ' || line.charAt(j) == '"')) {
          j++;
        }
        if (j < line.length() && isDigit(line.charAt(j))) {
          digitAfter++;
        }
      }
    }
    if (separators < 3 || digitAfter < 2) {
      return false;
    }
    for (int s = 0; s < SEPARATORS.length(); s++) {
      char sep = SEPARATORS.charAt(s);
      int fields = 1;
      int numeric = 0;
      int start = 0;
      for (int i = 0; i <= line.length(); i++) {
        if (i == line.length() || line.charAt(i) == sep) {
          if (i < line.length()) {
            fields++;
          }
          if (isCount(line, start, i)) {
            numeric++;
          }
          start = i + 1;
        }
      }
      if (fields >= 4 && numeric >= 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * The record starting at line {@code i}, or null when the line is none: separated by one of the
   * {@link #SEPARATORS} into two fields or more, no sentence in it, no field longer than {@link
   * #MAX_FIELD_CHARS}; a quoted field's line breaks join the lines after it.
   */
  private static Row row(List<String> lines, int i) {
    String line = lines.get(i);
    if (line == null
        || line.isBlank()
        || line.indexOf('\t') >= 0
        || line.indexOf('|') >= 0
        || line.indexOf('。') >= 0) {
      return null;
    }
    StringBuilder record = new StringBuilder(line);
    int taken = 1;
    while (quotes(record) % 2 == 1 && taken < MAX_JOINED_LINES && i + taken < lines.size()) {
      record.append('\n').append(lines.get(i + taken));
      taken++;
    }
    if (quotes(record) % 2 == 1 || (taken > 1 && record.indexOf("。") >= 0)) {
      return null;
    }
    char sep = separatorOf(record);
    if (sep == 0) {
      return null;
    }
    List<String> fields = new ArrayList<>();
    try (CSVParser parser =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(sep)
            .setIgnoreSurroundingSpaces(true)
            .get()
            .parse(new StringReader(record.toString()))) {
      List<CSVRecord> records = parser.getRecords();
      if (records.size() != 1) {
        return null;
      }
      for (String f : records.get(0)) {
        String field = f.replace("\n", "").strip();
        if (field.length() > MAX_FIELD_CHARS || field.indexOf('。') >= 0) {
          return null;
        }
        fields.add(field);
      }
    } catch (IOException | RuntimeException e) {
      return null; // not a record Commons CSV reads: left as printed
    }
    if (fields.size() < 2) {
      return null;
    }
    int counts = countsOf(fields);
    int text = 0;
    for (String f : fields) {
      if (!f.isEmpty() && !isCount(f, 0, f.length())) {
        text++;
      }
    }
    boolean countRow = counts >= 2 && text <= 3;
    if (counts > 0 && !countRow) {
      return null; // numbers among more than three texts: prose, not a row
    }
    return new Row(fields, taken, countRow, sep);
  }

  /** The separator a line's fields are most split by: one of {@link #SEPARATORS}, 0 for none. */
  private static char separatorOf(CharSequence line) {
    char best = 0;
    int most = 0;
    for (int s = 0; s < SEPARATORS.length(); s++) {
      char sep = SEPARATORS.charAt(s);
      int k = 0;
      for (int i = 0; i < line.length(); i++) {
        if (line.charAt(i) == sep) {
          k++;
        }
      }
      if (k > most) {
        most = k;
        best = sep;
      }
    }
    return best;
  }

  private static int quotes(CharSequence s) {
    int k = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '"') {
        k++;
      }
    }
    return k;
  }

  private static int countsOf(List<String> fields) {
    int k = 0;
    for (String f : fields) {
      if (isCount(f, 0, f.length())) {
        k++;
      }
    }
    return k;
  }

  /**
   * True for {@code s[from, to)}, spaces and quotes around it aside, made of digits (ASCII or
   * full-width), with a count unit (件) after them or none.
   */
  private static boolean isCount(String s, int from, int to) {
    while (from < to && (Character.isWhitespace(s.charAt(from)) || s.charAt(from) == '"')) {
      from++;
    }
    while (to > from && (Character.isWhitespace(s.charAt(to - 1)) || s.charAt(to - 1) == '"')) {
      to--;
    }
    if (to > from && s.charAt(to - 1) == '件') {
      to--;
    }
    if (to <= from || to - from > 9) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
  }
}
