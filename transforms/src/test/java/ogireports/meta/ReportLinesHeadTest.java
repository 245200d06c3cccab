package ogireports.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import ogireports.document.Decoder;
import org.junit.jupiter.api.Test;

/** {@link ReportLines#head}, which counts the lines once, against counting them at every call. */
class ReportLinesHeadTest {

  private static final Path FIXTURES = Path.of("..", "fixtures");

  /** The head as counted from the first line at every call. */
  private static int headByCounting(ReportLines doc, int n) {
    int counted = 0;
    for (int i = 0; i < doc.size(); i++) {
      if (!doc.isFurniture(i) && !doc.continuesSentence(i) && ++counted == n) {
        return i + 1;
      }
    }
    return doc.size();
  }

  @Test
  void headsAskedInAnyOrderAreTheHeadsCountedAtEveryCall() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(FIXTURES)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(50);
    Random random = new Random(7);
    for (Path file : files) {
      Decoder.Result decoded = Decoder.decode(Files.readAllBytes(file));
      if (!decoded.isText()) {
        continue;
      }
      List<Integer> ns = new ArrayList<>();
      for (int n = -1; n <= 70; n++) {
        ns.add(n);
        ns.add(n);
      }
      Collections.shuffle(ns, random);
      ReportLines doc = new ReportLines(decoded.text().lines());
      for (int n : ns) {
        assertThat(doc.head(n)).as("%s head(%d)", file, n).isEqualTo(headByCounting(doc, n));
      }
    }
  }
}
