import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The floor a parser is measured against: for every file of a corpus, decode (strict UTF-8, else
 * GB18030), NFKC-normalise, split lines, scan every number (digit runs). One thread, 3 warmed
 * passes over the files held in memory, the best reported. Usage: java -cp
 * pipeline/target/ogi-reports.jar bench/FloorLoop.java CORPUS_DIR [MOST_FILES] (the first
 * MOST_FILES files by name: a million reports do not fit in memory, and the floor of a report does
 * not depend on how many others there are).
 */
public class FloorLoop {

  public static void main(String[] a) throws Exception {
    List<byte[]> files = load(Path.of(a[0]), a.length > 1 ? Integer.parseInt(a[1]) : Integer.MAX_VALUE);
    long bytes = 0;
    for (byte[] f : files) {
      bytes += f.length;
    }
    for (int i = 0; i < Math.min(files.size(), 1000); i++) {
      floor(files.get(i)); // warm the JIT
    }
    double best = Double.MAX_VALUE;
    long sink = 0;
    for (int pass = 0; pass < 3; pass++) {
      long t0 = System.nanoTime();
      for (byte[] f : files) {
        sink += floor(f);
      }
      double s = (System.nanoTime() - t0) / 1e9;
      best = Math.min(best, s);
      System.out.printf("pass %d: %.3f s%n", pass + 1, s);
    }
    System.out.printf(
        "floor: %d files, %.1f MB; best pass %.3f s: %.0f reports/s, %.1f MB/s (checksum %d)%n",
        files.size(), bytes / 1048576.0, best, files.size() / best, bytes / 1048576.0 / best, sink);
  }

  static List<byte[]> load(Path dir, int most) throws Exception {
    List<byte[]> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.filter(p -> !p.getFileName().toString().endsWith(".jsonl")).sorted().toList()) {
        if (out.size() == most) {
          break;
        }
        if (Files.isRegularFile(p)) {
          out.add(Files.readAllBytes(p));
        }
      }
    }
    return out;
  }

  static final Charset GB18030 = Charset.forName("GB18030");

  /** One file through the floor; returns a checksum of the numbers seen. */
  static long floor(byte[] b) {
    String text = decode(b, StandardCharsets.UTF_8);
    if (text == null) {
      text = decode(b, GB18030);
      if (text == null) {
        return 0;
      }
    }
    text = Normalizer.normalize(text, Normalizer.Form.NFKC);
    long sum = 0;
    List<String> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : '\n';
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    for (String line : lines) {
      long v = -1;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c >= '0' && c <= '9') {
          v = (v < 0 ? 0 : v * 10) + (c - '0');
        } else if (v >= 0) {
          sum += v + 1;
          v = -1;
        }
      }
      if (v >= 0) {
        sum += v + 1;
      }
    }
    return sum + lines.size();
  }

  static String decode(byte[] b, Charset cs) {
    try {
      return cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
