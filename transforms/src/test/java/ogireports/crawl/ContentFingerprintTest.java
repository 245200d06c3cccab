package ogireports.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import ogireports.document.Decoder;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.places.PlaceResolver;
import ogireports.text.Normalise;
import org.junit.jupiter.api.Test;

class ContentFingerprintTest {

  /**
   * Right after the parser read a report, the fingerprint of its lines reuses the parser's squeezed
   * forms: the same fingerprint as squeezing each line anew, on every real fixture.
   */
  @Test
  void theParsersSqueezedLinesGiveTheSameFingerprintAsSqueezingAnew() throws Exception {
    ReportReader reader = new ReportReader(PlaceResolver.fromClasspath());
    List<Path> files;
    try (Stream<Path> s = Files.walk(Path.of("..", "fixtures", "real-reports"))) {
      files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(50);
    for (Path file : files) {
      ReadOutcome outcome =
          reader.read(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
      if (!(outcome instanceof ReadOutcome.Accepted accepted)) {
        continue;
      }
      List<String> lines = accepted.report().lines();
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String line : lines) {
        sha.update(Normalise.squeeze(line).getBytes(StandardCharsets.UTF_8));
      }
      assertThat(ContentFingerprint.of(lines))
          .as(file.toString())
          .isEqualTo(HexFormat.of().formatHex(sha.digest()));
    }
  }

  private static final String REPORT =
      "淄博市应急管理局\n2019年度政府信息公开工作年度报告\n一、总体情况\n" + "（一）本机关共受理政府信息公开申请2件。\n\t规章\n\t0\n\t0\n";

  private static String fp(byte[] bytes) {
    return ContentFingerprint.of(Decoder.decode(bytes).text().lines());
  }

  @Test
  void sameReportWhateverItsEncodingBomLineEndingsAndPadding() {
    String f = fp(REPORT.getBytes(StandardCharsets.UTF_8));
    byte[] bom = ("\uFEFF" + REPORT).getBytes(StandardCharsets.UTF_8);
    assertThat(fp(bom)).isEqualTo(f);
    assertThat(fp(REPORT.getBytes(Charset.forName("GB18030")))).isEqualTo(f);
    assertThat(fp(REPORT.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8))).isEqualTo(f);
    assertThat(
            fp(
                REPORT
                    .replace("\t0", "\t0\u00a0")
                    .replace("规章", "规\u3000\u00a0章")
                    .getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(f);
    assertThat(
            fp(REPORT.replace("（一）", "(一)").replace("2件", "２件").getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(f);
    assertThat(ContentFingerprint.of(REPORT)).isEqualTo(f);
    assertThat(f).hasSize(64).matches("[0-9a-f]+");
  }

  /**
   * The lines are digested joined, yet as the UTF-8 of each line by itself: a surrogate pair cut by
   * a line break is two {@code '?'}, not one character; pairs inside a line, lines longer than a
   * chunk of the digest's encoder and empty lines digest as {@code getBytes} gives them.
   */
  @Test
  void joinedLinesDigestAsTheLinesOneByOne() throws Exception {
    String pair = "\uD840\uDC00"; // 𠀀, U+20000
    String longLine = "报告" + "一二三四五六七八九十".repeat(1700) + pair + "表";
    List<List<String>> texts =
        List.of(
            List.of("本机关" + pair + "共受理", "申请\uD840", "\uDC00件", "", "\uDC00", "末行\uD840"),
            List.of("\uD840", "\uDC00\uD840", "\uDC00"),
            List.of(longLine, "一、总体情况", longLine.substring(0, 8191), "\uDC00二"),
            List.of(),
            List.of(""));
    for (List<String> lines : texts) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String line : lines) {
        sha.update(Normalise.squeeze(line).getBytes(StandardCharsets.UTF_8));
      }
      assertThat(ContentFingerprint.of(lines)).isEqualTo(HexFormat.of().formatHex(sha.digest()));
    }
  }

  @Test
  void differentTextDifferentFingerprint() {
    assertThat(ContentFingerprint.of(REPORT))
        .isNotEqualTo(ContentFingerprint.of(REPORT.replace("2件", "3件")));
  }
}
