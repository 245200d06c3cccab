package ogireports.pipeline.storage;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/** Run ids: UTC start time and a random suffix, e.g. {@code 20261123T101500Z-3f9a}. */
public final class RunId {

  /** What a run id may be: it names files of the output. */
  private static final java.util.regex.Pattern VALID =
      java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private RunId() {}

  /** Throws when {@code runId} could not name a file safely. */
  public static void check(String runId) {
    if (runId == null || !VALID.matcher(runId).matches()) {
      throw new IllegalArgumentException(
          "--runId must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or"
              + " digit: "
              + runId);
    }
  }

  public static String create() {
    String time =
        ZonedDateTime.now(ZoneOffset.UTC)
            .format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
    return time + "-" + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
  }
}
