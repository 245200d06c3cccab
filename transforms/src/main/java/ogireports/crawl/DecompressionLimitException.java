package ogireports.crawl;

import java.io.IOException;

/** Thrown by the limited stream when an input inflates past a {@link Limits} bound. */
final class DecompressionLimitException extends IOException {
  private final long bytesRead;

  DecompressionLimitException(String message, long bytesRead) {
    super(message);
    this.bytesRead = bytesRead;
  }

  long bytesRead() {
    return bytesRead;
  }
}
