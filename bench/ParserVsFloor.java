import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.places.PlaceResolver;

/**
 * The parser against the floor (bench/FloorLoop.java: decode, NFKC, lines, numbers) in the same
 * JVM on one thread: the corpus in memory, floor pass and ReportReader pass alternated for several
 * rounds, the best of each and their ratio printed. Usage: java -cp
 * pipeline/target/ogi-reports.jar bench/ParserVsFloor.java CORPUS_DIR [--rounds=N]
 * [--digest=FILE] (writes one line per file: its name and a SHA-256 of its ReadOutcome)
 * [--check=FILE] (compares with such a file and exits 1 on any difference) [--parse-only=SECONDS]
 * (parser passes only, for a profiler) [--alloc] (bytes the parser and the floor allocate per
 * report on this thread, the least of three passes after two warm-up passes: a figure the
 * machine's load does not move).
 */
public class ParserVsFloor {

  public static void main(String[] a) throws Exception {
    Path dir = Path.of(a[0]);
    int rounds = 5;
    String digest = null;
    String check = null;
    double parseOnly = 0;
    boolean alloc = false;
    for (String s : a) {
      if (s.equals("--alloc")) alloc = true;
      if (s.startsWith("--rounds=")) rounds = Integer.parseInt(s.substring(9));
      if (s.startsWith("--digest=")) digest = s.substring(9);
      if (s.startsWith("--check=")) check = s.substring(8);
      if (s.startsWith("--parse-only=")) parseOnly = Double.parseDouble(s.substring(13));
    }
    List<String> names = new ArrayList<>();
    List<byte[]> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.filter(p -> !p.getFileName().toString().endsWith(".jsonl")).sorted().toList()) {
        if (Files.isRegularFile(p)) {
          names.add(p.getFileName().toString());
          files.add(Files.readAllBytes(p));
        }
      }
    }
    ReportReader reader = new ReportReader(PlaceResolver.fromClasspath());
    if (digest != null || check != null) {
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < files.size(); i++) {
        ReadOutcome o = reader.read(new Document(names.get(i), files.get(i)));
        String extra =
            o instanceof ReadOutcome.Accepted acc ? "|origin=" + acc.report().lineOrigin().hashCode() : "";
        byte[] h =
            MessageDigest.getInstance("SHA-256")
                .digest((o.toString() + extra).getBytes(StandardCharsets.UTF_8));
        lines.add(names.get(i) + " " + HexFormat.of().formatHex(h));
      }
      if (digest != null) {
        Files.write(Path.of(digest), lines);
        System.out.println("digest of " + lines.size() + " outcomes written to " + digest);
      }
      if (check != null) {
        List<String> want = Files.readAllLines(Path.of(check));
        int diff = 0;
        for (int i = 0; i < Math.max(want.size(), lines.size()); i++) {
          String w = i < want.size() ? want.get(i) : "<none>";
          String g = i < lines.size() ? lines.get(i) : "<none>";
          if (!w.equals(g)) {
            if (diff++ < 10) System.out.println("DIFFERENT: " + w + " / " + g);
          }
        }
        System.out.println(
            diff == 0
                ? "equality: all " + lines.size() + " outcomes identical"
                : "equality: " + diff + " outcomes differ");
        if (diff != 0) System.exit(1);
      }
    }
    if (alloc) {
      // The bytes of a pass depend on what the JIT has compiled (escape analysis takes
      // allocations off the heap): two passes warm up, the least and most of three follow.
      com.sun.management.ThreadMXBean mx =
          (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
      long sink = 0;
      long floorLeast = Long.MAX_VALUE;
      long parserLeast = Long.MAX_VALUE;
      long parserMost = 0;
      for (int pass = 0; pass < 5; pass++) {
        long b0 = mx.getCurrentThreadAllocatedBytes();
        for (byte[] f : files) sink += FloorLoopCopy.floor(f);
        long b1 = mx.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < files.size(); i++) {
          if (reader.read(new Document(names.get(i), files.get(i))) instanceof ReadOutcome.Accepted) sink++;
        }
        long b2 = mx.getCurrentThreadAllocatedBytes();
        if (pass >= 2) {
          floorLeast = Math.min(floorLeast, b1 - b0);
          parserLeast = Math.min(parserLeast, b2 - b1);
          parserMost = Math.max(parserMost, b2 - b1);
        }
      }
      double kb = 1024.0 * files.size();
      System.out.printf(
          "bytes allocated per report, %d files, least of 3 passes after 2: floor %.1f KB, parser"
              + " %.1f KB (most %.1f KB) [%d]%n",
          files.size(), floorLeast / kb, parserLeast / kb, parserMost / kb, sink);
      return;
    }
    if (parseOnly > 0) {
      long end = System.nanoTime() + (long) (parseOnly * 1e9);
      int n = 0;
      while (System.nanoTime() < end) {
        for (int i = 0; i < files.size(); i++) reader.read(new Document(names.get(i), files.get(i)));
        n += files.size();
      }
      System.out.println("parsed " + n);
      return;
    }
    for (int i = 0; i < Math.min(files.size(), 1000); i++) {
      FloorLoopCopy.floor(files.get(i));
      reader.read(new Document(names.get(i), files.get(i)));
    }
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    double bestFloor = Double.MAX_VALUE;
    double bestParse = Double.MAX_VALUE;
    double bestFloorCpu = Double.MAX_VALUE;
    double bestParseCpu = Double.MAX_VALUE;
    long sink = 0;
    for (int r = 0; r < rounds; r++) {
      long c0 = mx.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      for (byte[] f : files) sink += FloorLoopCopy.floor(f);
      double f = (System.nanoTime() - t0) / 1e9;
      double fc = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
      c0 = mx.getCurrentThreadCpuTime();
      t0 = System.nanoTime();
      for (int i = 0; i < files.size(); i++) {
        if (reader.read(new Document(names.get(i), files.get(i))) instanceof ReadOutcome.Accepted) sink++;
      }
      double p = (System.nanoTime() - t0) / 1e9;
      double pc = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
      bestFloor = Math.min(bestFloor, f);
      bestParse = Math.min(bestParse, p);
      bestFloorCpu = Math.min(bestFloorCpu, fc);
      bestParseCpu = Math.min(bestParseCpu, pc);
      System.out.printf(
          "round %d: floor %.3f s (cpu %.3f), parser %.3f s (cpu %.3f): %.1f× (cpu %.1f×)%n",
          r + 1, f, fc, p, pc, p / f, pc / fc);
    }
    int n = files.size();
    System.out.printf(
        "best of %d rounds, %d files: floor %.0f reports/s, parser %.0f reports/s; parser/floor"
            + " %.3f (parser takes %.2f× the floor's time) [%d]%n",
        rounds, n, n / bestFloor, n / bestParse, bestFloor / bestParse, bestParse / bestFloor, sink);
    System.out.printf(
        "thread CPU time, best of each: floor %.0f reports/s, parser %.0f reports/s; parser takes"
            + " %.2f× the floor's CPU time%n",
        n / bestFloorCpu, n / bestParseCpu, bestParseCpu / bestFloorCpu);
  }

  /** The same floor as bench/FloorLoop.java (a single-file program cannot share it). */
  static final class FloorLoopCopy {
    static final Charset GB18030 = Charset.forName("GB18030");

    static long floor(byte[] b) {
      String text = decode(b, StandardCharsets.UTF_8);
      if (text == null) {
        text = decode(b, GB18030);
        if (text == null) return 0;
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
          if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
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
        if (v >= 0) sum += v + 1;
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
}
