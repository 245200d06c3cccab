package ogireports.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.model.ParsedReport;
import ogireports.model.Place;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.Test;

/**
 * Metamorphic tests of report titles over the real fixtures: each title of the form {@code
 * <body><year>年(度)<report's words>} is printed in the other ways reports print the same title, and
 * the report must keep its agency, place and year. The forms: the year in Chinese numerals ({@code
 * 二〇二三年}), the year in brackets after the report's words ({@code …工作年度报告（2023年度）}), and the body's
 * name on the line under a title that starts with the year.
 */
class TitleVariantsTest {

  private static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath(), null);

  /** A one-line title: the body, the year, the report's words. */
  private static final Pattern TITLE =
      Pattern.compile("^([\\p{IsHan}]{4,30}?)((?:19|20)\\d\\d)(年度?)(政府信息公开[\\p{IsHan}]{0,12}报告)$");

  private static final String DIGITS = "〇一二三四五六七八九";

  enum Form {
    CHINESE_NUMERALS(m -> m.group(1) + chinese(m.group(2)) + m.group(3) + m.group(4)),
    YEAR_IN_BRACKETS(m -> m.group(1) + m.group(4) + "（" + m.group(2) + "年度）"),
    BYLINE(m -> m.group(2) + m.group(3) + m.group(4) + "\n" + m.group(1)),
    WRAPPED_AFTER_BODY(m -> m.group(1) + "\n" + m.group(2) + m.group(3) + m.group(4)),
    WRAPPED_IN_THE_WORDS(
        m -> {
          String words = m.group(4);
          int cut = words.length() / 2;
          return m.group(1)
              + m.group(2)
              + m.group(3)
              + words.substring(0, cut)
              + "\n"
              + words.substring(cut);
        });

    private final java.util.function.Function<Matcher, String> rewrite;

    Form(java.util.function.Function<Matcher, String> rewrite) {
      this.rewrite = rewrite;
    }
  }

  private static String chinese(String year) {
    StringBuilder b = new StringBuilder();
    for (char c : year.toCharArray()) {
      b.append(DIGITS.charAt(c - '0'));
    }
    return b.toString();
  }

  @Test
  void everyFormOfARealTitleKeepsAgencyPlaceAndYear() throws IOException {
    List<String> failures = new ArrayList<>();
    int titles = 0;
    for (Path labels : RealReportsEvaluationTest.labelFiles()) {
      for (ExpectedReport e : ExpectedReport.readAll(labels)) {
        if (!e.file().endsWith(".txt")) {
          continue;
        }
        String text =
            Files.readString(labels.getParent().resolve(e.file()), StandardCharsets.UTF_8);
        ParsedReport original = read(e.file(), text);
        if (original == null || original.metadata().title() == null) {
          continue;
        }
        String[] lines = text.split("\n", -1);
        int at = -1;
        Matcher m = null;
        for (int i = 0; i < lines.length && at < 0; i++) {
          Matcher candidate = TITLE.matcher(lines[i].strip());
          if (candidate.matches() && original.metadata().agency() != null) {
            at = i;
            m = candidate;
          }
        }
        if (at < 0) {
          continue;
        }
        titles++;
        for (Form form : Form.values()) {
          m.reset();
          m.matches();
          String[] changed = lines.clone();
          changed[at] = form.rewrite.apply(m);
          ParsedReport variant = read(e.file(), String.join("\n", changed));
          String problem = compare(original, variant);
          if (problem != null) {
            failures.add(e.file() + " " + form + ": " + problem);
          }
        }
      }
    }
    failures.forEach(System.out::println);
    assertThat(titles).as("real titles of that form").isGreaterThanOrEqualTo(10);
    assertThat(failures).isEmpty();
  }

  private static String compare(ParsedReport original, ParsedReport variant) {
    if (variant == null) {
      return "rejected";
    }
    List<String> diffs = new ArrayList<>();
    diff(diffs, "agency", original.metadata().agency(), variant.metadata().agency());
    diff(diffs, "year", original.metadata().year(), variant.metadata().year());
    Place a = original.place();
    Place b = variant.place();
    diff(diffs, "province", a.provinceCode(), b.provinceCode());
    diff(diffs, "city", a.cityCode(), b.cityCode());
    diff(diffs, "county", a.countyCode(), b.countyCode());
    return diffs.isEmpty() ? null : String.join("; ", diffs);
  }

  private static void diff(List<String> out, String what, Object want, Object got) {
    if (!java.util.Objects.equals(want, got)) {
      out.add(what + " " + want + " -> " + got);
    }
  }

  private static ParsedReport read(String name, String text) {
    ReadOutcome o = READER.read(new Document(name, text.getBytes(StandardCharsets.UTF_8)));
    return o instanceof ReadOutcome.Accepted a ? a.report() : null;
  }
}
