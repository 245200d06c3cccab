package ogireports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The five bundled sample reports ({@code samples/}, the seeds the project started from) and text
 * read as the pipeline hands it to the readers: UTF-8, lines split on '\n', '\r' removed.
 */
public final class SampleReports {

  public static final String S000 = "000_0d9ef2ec1467d7f8.txt";
  public static final String S001 = "001_0157cd21641b28c7.txt";
  public static final String S002 = "002_4ed26dfb9e6e6758.txt";
  public static final String S003 = "003_596a166ffff90a0a.txt";
  public static final String S004 = "004_fde4949a32fb326a.txt";

  /** The folder of the samples, from a module's folder (where the tests run). */
  public static final Path FOLDER = Path.of("..", "samples");

  private SampleReports() {}

  /** The lines of a sample report ({@code file}: one of the names above). */
  public static List<String> lines(String file) {
    return linesOf(FOLDER.resolve(file));
  }

  /** The lines of a UTF-8 text file. */
  public static List<String> linesOf(Path file) {
    try {
      return split(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines of a text: split on '\n', '\r' removed. */
  public static List<String> split(String text) {
    return Arrays.asList(text.replace("\r", "").split("\n", -1));
  }
}
