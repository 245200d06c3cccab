package ogireports.tables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Loads the seed reports as the pipeline decodes them: UTF-8, lines split on '\n', '\r' removed.
 */
final class Seeds {

  static final String S000 = "000_0d9ef2ec1467d7f8.txt";
  static final String S001 = "001_0157cd21641b28c7.txt";
  static final String S002 = "002_4ed26dfb9e6e6758.txt";
  static final String S003 = "003_596a166ffff90a0a.txt";
  static final String S004 = "004_fde4949a32fb326a.txt";

  private Seeds() {}

  static List<String> lines(String file) {
    try {
      String text = Files.readString(Path.of("..", "samples", file), StandardCharsets.UTF_8);
      return Arrays.asList(text.replace("\r", "").split("\n", -1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lines of an inline fixture: '\n'-separated text. */
  static List<String> text(String text) {
    return Arrays.asList(text.split("\n", -1));
  }
}
