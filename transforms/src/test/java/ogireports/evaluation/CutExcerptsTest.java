package ogireports.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.model.ApplicantColumn;
import ogireports.places.PlaceResolver;
import ogireports.tables.TableValuesDump;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Crawls keep excerpts of pages cut after a number of bytes, wherever that falls: inside a table,
 * inside a row, inside a number ({@code | 0 | 66} kept as {@code | 0 | 6}). Each real text with
 * tables (the complete seeds and PDF texts, the real excerpts), as printed and in the crawl forms
 * that keep its lines ({@link Variants}), is cut at every character after a digit from table 二 on
 * and at every 17th character between: every value read from a cut text must be the value read from
 * the whole text, or none. A cut never makes a value up.
 *
 * <p>Where the whole text gives no value, the cut is not judged: the whole text may know more
 * (120's {@code 规章 / 0} under three columns is ambiguous once the text goes on past it; cut right
 * after the {@code 0}, the row is one cut short and keeps its value in printed order), or less (a
 * row split by a page marker, read whole once the marker is cut off).
 *
 * <p>poppler's {@code pdftotext} texts of the PDFs ({@code *.pdftotext.txt}), whose tables are
 * printed by columns in blocks, are cut the same way in {@link CutPdfColumnsTest}.
 */
class CutExcerptsTest {

  private static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath(), null);

  /** Every how many characters a cut falls where no digit is just before it. */
  private static final int STEP = 17;

  static Stream<String> texts() throws IOException {
    List<String> names = new ArrayList<>();
    for (Path dir :
        List.of(
            RealReportsEvaluationTest.SEEDS,
            RealReportsEvaluationTest.FIXTURES,
            RealReportsEvaluationTest.FIXTURES.resolve("pdf"))) {
      try (Stream<Path> files = Files.list(dir)) {
        files
            .map(p -> dir.getFileName() + "/" + p.getFileName())
            .filter(n -> n.endsWith(".txt") && !n.endsWith(".pdftotext.txt"))
            .sorted()
            .filter(n -> hasValues(text(n)))
            .forEach(names::add);
      }
    }
    return names.stream();
  }

  /** The text of {@code seeds/…}, {@code real-reports/…} or {@code pdf/…}. */
  private static String text(String name) {
    Path dir =
        name.startsWith("seeds/")
            ? RealReportsEvaluationTest.SEEDS
            : name.startsWith("pdf/")
                ? RealReportsEvaluationTest.FIXTURES.resolve("pdf")
                : RealReportsEvaluationTest.FIXTURES;
    try {
      return Files.readString(
          dir.resolve(name.substring(name.indexOf('/') + 1)), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** True when some table value is read from the text (texts of prose alone are left out). */
  private static boolean hasValues(String text) {
    Map<String, Double> values = values(text);
    return values != null && values.values().stream().anyMatch(Objects::nonNull);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void aCutNeverMakesAValueUp(String name) {
    String text = text(name);
    List<String> problems = new ArrayList<>();
    int cuts = 0;
    Map<String, String> forms = new LinkedHashMap<>();
    forms.put("as printed", text);
    for (Variants v :
        List.of(Variants.ONE_CELL_PER_LINE, Variants.PDF_REWRAPPED, Variants.FULLWIDTH)) {
      forms.put(v.name().toLowerCase(), v.of(text, 1));
    }
    for (Map.Entry<String, String> form : forms.entrySet()) {
      String whole = form.getValue();
      Map<String, Double> want = values(whole);
      if (want == null) {
        continue;
      }
      int from = Math.max(1, whole.indexOf("主动公开"));
      for (int at = from; at < whole.length(); at++) {
        boolean afterDigit = Character.isDigit(whole.charAt(at - 1));
        if (!afterDigit && at % STEP != 0) {
          continue;
        }
        cuts++;
        Map<String, Double> got = values(whole.substring(0, at));
        if (got == null) {
          continue;
        }
        for (Map.Entry<String, Double> e : got.entrySet()) {
          Double read = want.get(e.getKey());
          if (e.getValue() != null && read != null && !Objects.equals(e.getValue(), read)) {
            String end = whole.substring(Math.max(0, at - 30), at).replace("\n", "⏎");
            problems.add(
                form.getKey()
                    + " cut after …"
                    + end
                    + ": "
                    + e.getKey()
                    + " "
                    + e.getValue()
                    + ", whole text "
                    + read);
          }
        }
      }
    }
    assertThat(cuts).isGreaterThan(50);
    assertThat(problems).as(name + ": values a cut made up").isEmpty();
  }

  /**
   * A pipe or tab row cut short is not placed by its fields: in 101's table 三 with an empty field
   * after the labels of 一 and 二 (a label spanning two columns, as many pages print it), row 二 cut
   * before its total ({@code | 2 | | 2 | 0 | 0 | 0 | 0 | 0}) is not a full row whose first field is
   * a blank 自然人 and whose total is 0.
   */
  @Test
  void aRowCutShortIsNotPlacedByItsFields() {
    String spanned =
        text("real-reports/101.txt")
            .replace("一、本年新收政府信息公开申请数量 |", "一、本年新收政府信息公开申请数量 |  |")
            .replace("二、上年结转政府信息公开申请数量 |", "二、上年结转政府信息公开申请数量 |  |");
    for (String form : List.of(spanned, spanned.replace(" | ", "\t"))) {
      Map<String, Double> whole = values(form);
      assertThat(whole)
          .containsEntry("T3.CARRY_IN.NATURAL_PERSON", 2.0)
          .containsEntry("T3.CARRY_IN.TOTAL", 2.0);
      int row = form.indexOf("二、上年结转");
      // cut before the total: "… | 0 | 0" (a lone 0 is whole) and "…\t0\t"
      int cut = form.indexOf('\n', row) - (form == spanned ? 6 : 3);
      Map<String, Double> got = values(form.substring(0, cut));
      for (ApplicantColumn c : ApplicantColumn.values()) {
        String key = "T3.CARRY_IN." + c;
        assertThat(got.get(key))
            .as(form.substring(row, cut) + " " + key)
            .isIn(null, whole.get(key));
      }
    }
  }

  /** Every value read, by cell ({@code T3.NEW.TOTAL}); null when the text is not read at all. */
  private static Map<String, Double> values(String text) {
    ReadOutcome outcome = READER.read("cut.txt", text);
    return outcome instanceof ReadOutcome.Accepted accepted
        ? TableValuesDump.of(accepted.report().tables())
        : null;
  }
}
