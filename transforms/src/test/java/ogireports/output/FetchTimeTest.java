package ogireports.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FetchTimeTest {

  @Test
  void theFormsCrawlRecordsWriteBecomeUtcInstants() {
    Instant t = Instant.parse("2024-03-01T10:00:00Z");
    assertThat(FetchTime.parse("2024-03-01T10:00:00Z")).isEqualTo(t);
    assertThat(FetchTime.parse("2024-03-01T18:00:00+08:00")).isEqualTo(t);
    assertThat(FetchTime.parse("2024-03-01T10:00:00")).isEqualTo(t);
    assertThat(FetchTime.parse(" 2024-03-01 10:00:00 ")).isEqualTo(t);
    assertThat(FetchTime.parse("2024-03-01 10:00")).isEqualTo(t);
    assertThat(FetchTime.parse("2024-03-02")).isEqualTo(Instant.parse("2024-03-02T00:00:00Z"));
  }

  @Test
  void whatIsNoTimeStaysNull() {
    assertThat(FetchTime.parse(null)).isNull();
    assertThat(FetchTime.parse("")).isNull();
    assertThat(FetchTime.parse("yesterday")).isNull();
    assertThat(FetchTime.parse("2024-13-45")).isNull();
  }
}
