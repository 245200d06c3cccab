package ogireports.meta;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Reads seed reports and real excerpts the way the pipeline hands them over. */
final class Seeds {

  private Seeds() {}

  /** A seed from the samples directory, UTF-8, split on \n with \r removed. */
  static List<String> seed(String file) throws IOException {
    return split(Files.readString(Path.of("../samples", file), StandardCharsets.UTF_8));
  }

  /** A real excerpt from the test resources. */
  static List<String> real(String file) throws IOException {
    return split(
        Files.readString(
            Path.of("src/test/resources/ogireports/meta/real", file), StandardCharsets.UTF_8));
  }

  static List<String> split(String text) {
    return Arrays.asList(text.replace("\r", "").split("\n", -1));
  }
}
