package ogireports.pipeline.storage;

/** A mistake in how ogi-reports was called; the launcher exits with code 2 and this message. */
public final class UsageException extends Exception {
  public UsageException(String message) {
    super(message);
  }
}
