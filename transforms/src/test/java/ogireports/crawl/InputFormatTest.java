package ogireports.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InputFormatTest {

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void byExtensionThenByHead() {
    assertThat(InputFormat.detect("a/b/dump.jsonl", null)).isEqualTo(InputFormat.JSONL);
    assertThat(InputFormat.detect("dump.ndjson.gz", null)).isEqualTo(InputFormat.JSONL);
    assertThat(InputFormat.detect("dump.jsonl.zst", null)).isEqualTo(InputFormat.JSONL);
    assertThat(InputFormat.detect("crawl.warc.gz", null)).isEqualTo(InputFormat.WARC);
    assertThat(InputFormat.detect("export.csv.gz", null)).isEqualTo(InputFormat.CSV);
    assertThat(InputFormat.detect("notes.txt.gz", b("WARC/1.0"))).isEqualTo(InputFormat.TEXT);
    assertThat(InputFormat.detect("page.html", null)).isEqualTo(InputFormat.TEXT);
    assertThat(InputFormat.detect("blob", b("WARC/1.1\r\n"))).isEqualTo(InputFormat.WARC);
    assertThat(InputFormat.detect("blob", b("{\"url\":1}"))).isEqualTo(InputFormat.JSONL);
    assertThat(InputFormat.detect("blob", b("某报告"))).isEqualTo(InputFormat.TEXT);
  }

  @Test
  void option() {
    assertThat(InputFormat.fromOption("auto")).isNull();
    assertThat(InputFormat.fromOption("WARC")).isEqualTo(InputFormat.WARC);
    assertThat(InputFormat.fromOption("csv")).isEqualTo(InputFormat.CSV);
    assertThatThrownBy(() -> InputFormat.fromOption("xlsx"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void compressionByMagicAndExtension() {
    assertThat(Compression.detect("x.txt", new byte[] {0x1f, (byte) 0x8b, 8, 0}))
        .isEqualTo(Compression.GZIP);
    assertThat(Compression.detect("x.gz", b("plain text"))).isEqualTo(Compression.NONE);
    assertThat(Compression.detect("x.deflate", b("??"))).isEqualTo(Compression.DEFLATE);
    assertThat(Compression.detect("x", new byte[] {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd}))
        .isEqualTo(Compression.ZSTD);
    assertThat(Compression.detect("x", b("BZh9"))).isEqualTo(Compression.BZIP2);
    assertThat(Compression.stripExtension("a.jsonl.bz2")).isEqualTo("a.jsonl");
  }
}
