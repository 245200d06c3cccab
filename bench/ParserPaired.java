import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Two builds of the parser in one JVM, each jar in a class loader of its own, read the same corpus
 * in chunks alternated (A B A B …, the order of the pair swapped at every chunk), timed by this
 * thread's CPU time. On a shared machine both parsers see the same load within a chunk, so the
 * ratio of their times tells a difference of a few percent that separate runs of
 * ParserVsFloor.java, which move by ±20% with the load, cannot. Usage: java
 * bench/ParserPaired.java JAR_A JAR_B CORPUS_DIR [--seconds=S] [--chunk=N]; prints each parser's
 * CPU time per report over all chunks after a warm-up pass, B's ratio to A's, and the median of
 * the chunks' ratios. Run it with a jar against itself to see the noise.
 */
public class ParserPaired {

  public static void main(String[] a) throws Exception {
    Path jarA = Path.of(a[0]);
    Path jarB = Path.of(a[1]);
    Path dir = Path.of(a[2]);
    double seconds = 120;
    int chunk = 250;
    for (String s : a) {
      if (s.startsWith("--seconds=")) seconds = Double.parseDouble(s.substring(10));
      if (s.startsWith("--chunk=")) chunk = Integer.parseInt(s.substring(8));
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
    Parser pa = new Parser(jarA);
    Parser pb = new Parser(jarB);
    for (int i = 0; i < files.size(); i++) {
      pa.read(names.get(i), files.get(i));
      pb.read(names.get(i), files.get(i));
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long end = System.nanoTime() + (long) (seconds * 1e9);
    long cpuA = 0;
    long cpuB = 0;
    long reports = 0;
    List<Double> ratios = new ArrayList<>();
    int at = 0;
    int k = 0;
    while (System.nanoTime() < end) {
      int to = Math.min(files.size(), at + chunk);
      long ta = 0;
      long tb = 0;
      for (int turn = 0; turn < 2; turn++) {
        Parser p = (turn == 0) == (k % 2 == 0) ? pa : pb;
        long c0 = mx.getCurrentThreadCpuTime();
        for (int i = at; i < to; i++) p.read(names.get(i), files.get(i));
        long c = mx.getCurrentThreadCpuTime() - c0;
        if (p == pa) ta = c;
        else tb = c;
      }
      cpuA += ta;
      cpuB += tb;
      reports += to - at;
      ratios.add((double) tb / ta);
      at = to == files.size() ? 0 : to;
      k++;
    }
    double[] r = ratios.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(r);
    System.out.printf(
        "%d chunks of %d, %d reports each: A %.1f µs a report, B %.1f µs; B/A %.3f (median of"
            + " chunks %.3f)%n",
        k, chunk, reports, cpuA / 1e3 / reports, cpuB / 1e3 / reports, (double) cpuB / cpuA,
        r[r.length / 2]);
  }

  /** A ReportReader of one jar, in a class loader of its own. */
  static final class Parser {
    final Object reader;
    final Method read;
    final Constructor<?> document;

    Parser(Path jar) throws Exception {
      ClassLoader loader =
          new URLClassLoader(
              new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> places = Class.forName("ogireports.places.PlaceResolver", true, loader);
      Class<?> readerClass = Class.forName("ogireports.document.ReportReader", true, loader);
      Class<?> documentClass = Class.forName("ogireports.document.Document", true, loader);
      Object resolver = places.getMethod("fromClasspath").invoke(null);
      reader = readerClass.getConstructor(places).newInstance(resolver);
      read = readerClass.getMethod("read", documentClass);
      document = documentClass.getConstructor(String.class, byte[].class);
    }

    Object read(String name, byte[] bytes) throws Exception {
      return read.invoke(reader, document.newInstance(name, bytes));
    }
  }
}
