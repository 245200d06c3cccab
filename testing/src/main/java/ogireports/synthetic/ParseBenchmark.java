package ogireports.synthetic;

import java.util.List;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.output.ReportOutput;
import ogireports.places.PlaceResolver;

/**
 * The parse-only ceiling: reports/s and MB/s of {@link ReportReader} on one thread, without Beam,
 * over generated reports held in memory; then the same with all the rest the parse step does per
 * report ({@link ReportOutput}: rows, packet, index entry), which is what a runner's worker thread
 * can do at best. {@code --reports=N --seed=S}; prints two lines.
 */
public final class ParseBenchmark {

  private ParseBenchmark() {}

  public static void main(String[] args) {
    int n = 10_000;
    long seed = 1;
    for (String a : args) {
      if (a.startsWith("--reports=")) {
        n = Integer.parseInt(a.substring("--reports=".length()));
      } else if (a.startsWith("--seed=")) {
        seed = Long.parseLong(a.substring("--seed=".length()));
      }
    }
    List<GeneratedReport> reports = new CorpusGenerator(seed).generate(0, n);
    ReportReader reader = new ReportReader(PlaceResolver.fromClasspath());
    // Warm the JIT on a tenth of the corpus, then measure the whole of it.
    for (int i = 0; i < Math.min(n, 1000); i++) {
      reader.read(new Document("warm" + i, reports.get(i).bytes()));
    }
    long bytes = 0;
    int accepted = 0;
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      byte[] b = reports.get(i).bytes();
      bytes += b.length;
      if (reader.read(new Document("doc" + i, b)) instanceof ReadOutcome.Accepted) {
        accepted++;
      }
    }
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        "parse-only: %d reports (%d accepted), %.1f MB in %.2f s: %.0f reports/s, %.1f MB/s on one"
            + " thread%n",
        n, accepted, bytes / 1048576.0, s, n / s, bytes / 1048576.0 / s);
    long packetBytes = 0;
    t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      Document d = new Document("doc" + i, reports.get(i).bytes());
      if (reader.read(d) instanceof ReadOutcome.Accepted a) {
        packetBytes += ReportOutput.of(d, a, "bench").packet().length;
      }
    }
    s = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        "parse + rows, packet and index entry: %.2f s: %.0f reports/s on one thread (packets %.1f"
            + " MB)%n",
        s, n / s, packetBytes / 1048576.0);
  }
}
