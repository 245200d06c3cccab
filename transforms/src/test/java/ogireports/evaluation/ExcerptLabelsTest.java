package ogireports.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.Test;

/**
 * Every labelled text of the fixtures, real and written, cut as a crawl's excerpt keeps it: its
 * first 500 to 4,000 bytes (ten lengths, each at a character's boundary). A cut text holds less
 * than the whole, so a value the kept part does not determine is null, but never another value than
 * the label's: a body's name cut from its title, a row of a table whose other rows the cut took
 * (labels printed before their rows, a correction's withdrawn table without the corrected one, last
 * year's table without this year's), a publisher's name where the body's own words were cut.
 *
 * <p>{@link CutExcerptsTest} cuts the real texts at every digit and compares with the whole text's
 * values; this test cuts every labelled text, written ones included, at a few lengths and compares
 * with the labels, metadata included.
 */
class ExcerptLabelsTest {

  private static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath(), null);

  private static final int[] LENGTHS = {500, 800, 1100, 1400, 1700, 2000, 2300, 2600, 3200, 4000};

  private static List<Path> labelFiles() throws IOException {
    Path fixtures = Path.of("..", "fixtures");
    try (Stream<Path> s = Files.walk(fixtures)) {
      return s.filter(p -> p.getFileName().toString().equals("expected.jsonl")).sorted().toList();
    }
  }

  @Test
  void anExcerptReadsEachLabelledValueOrNothing() throws IOException {
    List<String> wrong = new ArrayList<>();
    int reads = 0;
    for (Path labels : labelFiles()) {
      for (ExpectedReport e : ExpectedReport.readAll(labels)) {
        Path file = labels.getParent().resolve(e.file());
        if (e.reject() != null || !e.file().endsWith(".txt") || !Files.exists(file)) {
          continue;
        }
        byte[] all = Files.readAllBytes(file);
        if (!isUtf8(all)) {
          continue; // a legacy encoding's bytes are not cut at characters here
        }
        for (int length : LENGTHS) {
          if (length >= all.length) {
            break;
          }
          int n = length;
          while (n > 0 && (all[n] & 0xC0) == 0x80) {
            n--; // not inside a character
          }
          reads++;
          ReadOutcome o = READER.read(new Document(e.file(), Arrays.copyOf(all, n)));
          for (Evaluation.Miss m : new Evaluation().score(e, o)) {
            // no value: null, a reject, or a template the kept text does not tell
            String got = String.valueOf(m.actual());
            boolean nothing = m.actual() == null || got.startsWith("(") || got.equals("unknown");
            if (!nothing) {
              wrong.add(labels.getParent().getFileName() + "/" + m + " (first " + n + " bytes)");
            }
          }
        }
      }
    }
    assertThat(reads).as("excerpts read").isGreaterThan(5000);
    assertThat(wrong).isEmpty();
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
