package ogireports.pipeline;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/** Run ids: UTC start time and a random suffix, e.g. {@code 20261123T101500Z-3f9a}. */
final class RunId {

  private RunId() {}

  static String create() {
    String time =
        ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
    return time + "-" + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
  }
}
