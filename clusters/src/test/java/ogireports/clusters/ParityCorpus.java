package ogireports.clusters;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The input the cluster runs read, small on purpose: the bundled sample reports, plus a few
 * documents that exercise the steps across documents (shuffles on a cluster) and the rejects: an
 * exact copy of a sample in another folder (a DUPLICATE reject), a GB18030-encoded copy of another
 * sample with a line added (a second report of the same agency and year: DUPLICATE_AGENCY_YEAR on
 * both), an empty file and a text that is not a report.
 */
final class ParityCorpus {

  static final String SAMPLE_000 = "000_0d9ef2ec1467d7f8.txt";
  static final String SAMPLE_003 = "003_596a166ffff90a0a.txt";

  private ParityCorpus() {}

  /** Writes the corpus into {@code dir}/in and returns that folder. */
  static Path write(Path dir) throws IOException {
    Path samples = Modules.samples();
    Path in = dir.resolve("in");
    Path seeds = Files.createDirectories(in.resolve("samples"));
    try (Stream<Path> files = Files.list(samples)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        Files.copy(f, seeds.resolve(f.getFileName()));
      }
    }
    Path copies = Files.createDirectories(in.resolve("z_copies"));
    Files.copy(samples.resolve(SAMPLE_000), copies.resolve(SAMPLE_000));
    String sample003 = Files.readString(samples.resolve(SAMPLE_003), StandardCharsets.UTF_8);
    Files.write(
        in.resolve("003_gb18030_copy.txt"),
        (sample003 + "\n（转载）\n").getBytes(Charset.forName("GB18030")));
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.writeString(
        in.resolve("notice.txt"),
        "关于做好2021年防汛工作的通知\n各乡镇人民政府：\n为切实做好今年防汛工作，现将有关事项通知如下。\n",
        StandardCharsets.UTF_8);
    return in;
  }
}
