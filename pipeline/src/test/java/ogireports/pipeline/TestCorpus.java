package ogireports.pipeline;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The corpus the pipeline tests run on: the five bundled seed reports; a GB18030-encoded copy of
 * seed 003 with one line added at the end (another report of the same agency and year: its values
 * must equal the seed's, and both get DUPLICATE_AGENCY_YEAR); an exact copy of seed 000 in another
 * folder (a DUPLICATE reject: the copy with the larger source_uri is the one rejected); and four
 * documents that must be rejected (empty, binary, a text that is not a report, a report without a
 * year).
 */
public final class TestCorpus {

  public static final Path SAMPLES = Path.of("../samples");
  public static final String SEED_003 = "003_596a166ffff90a0a.txt";

  public static final int SEEDS = 5;
  public static final String SEED_000 = "000_0d9ef2ec1467d7f8.txt";
  public static final int REPORTS = SEEDS + 1;
  public static final int REJECTS = 5;
  public static final int INPUTS = REPORTS + REJECTS;

  private TestCorpus() {}

  /** Writes the corpus into {@code dir} (with a sub-folder, to exercise recursive listing). */
  public static Path write(Path dir) throws IOException {
    Path in = dir.resolve("in");
    Files.createDirectories(in.resolve("seeds"));
    try (Stream<Path> seeds = Files.list(SAMPLES)) {
      for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
        Files.copy(seed, in.resolve("seeds").resolve(seed.getFileName()));
      }
    }
    String seed003 = Files.readString(SAMPLES.resolve(SEED_003), StandardCharsets.UTF_8);
    Files.write(
        in.resolve("003_gb18030_copy.txt"),
        (seed003 + "\n（转载）\n").getBytes(Charset.forName("GB18030")));
    Files.createDirectories(in.resolve("z_copies"));
    Files.copy(SAMPLES.resolve(SEED_000), in.resolve("z_copies").resolve(SEED_000));
    Files.write(in.resolve("empty.txt"), new byte[0]);
    byte[] binary = new byte[4096];
    new Random(7).nextBytes(binary);
    binary[10] = 0;
    Files.write(in.resolve("blob.txt"), binary);
    Files.writeString(
        in.resolve("notice.txt"),
        "关于做好2021年防汛工作的通知\n各乡镇人民政府：\n为切实做好今年防汛工作，现将有关事项通知如下。\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        in.resolve("no_year.txt"),
        "某某局政府信息公开工作年度报告\n一、总体情况\n本机关认真贯彻落实条例。\n" + "二、主动公开政府信息情况\n略。\n三、收到和处理政府信息公开申请情况\n略。\n",
        StandardCharsets.UTF_8);
    return in;
  }
}
