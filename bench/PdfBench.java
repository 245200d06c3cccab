import java.nio.file.*;
import ogireports.document.*;
import ogireports.places.PlaceResolver;
/**
 * PDF reading cost: the two real PDF reports read again and again by ReportReader on one thread,
 * against the same report as extracted text (the floor: the parse without PDFBox). Usage:
 * bench/pdf.sh (builds first).
 */
public class PdfBench {
  public static void main(String[] a) throws Exception {
    ReportReader r = new ReportReader(PlaceResolver.fromClasspath());
    byte[][] docs = {Files.readAllBytes(Path.of(a[0])), Files.readAllBytes(Path.of(a[1]))};
    byte[] txt = Files.readAllBytes(Path.of(a[2]));
    for (int i = 0; i < 20; i++) { r.read(new Document("w", docs[i % 2])); r.read(new Document("t", txt)); }
    int n = 200; long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) r.read(new Document("p", docs[i % 2]));
    double pdfS = (System.nanoTime() - t0) / 1e9;
    t0 = System.nanoTime();
    for (int i = 0; i < n; i++) r.read(new Document("t", txt));
    double txtS = (System.nanoTime() - t0) / 1e9;
    System.out.printf("PDF: %d reports (%d pages) in %.2f s: %.1f reports/s, %.0f pages/s; the same report as extracted text: %.1f reports/s; ratio %.2f%n",
        n, n * 5, pdfS, n / pdfS, n * 5 / pdfS, n / txtS, (n / pdfS) / (n / txtS));
  }
}
