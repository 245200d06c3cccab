package ogireports.crawl;

/**
 * Size limits enforced while an input is read (bytes are counted as they are decompressed, so a
 * compression bomb stops at the limit instead of after inflating everything).
 *
 * @param maxDocumentBytes largest document (one record's payload, or a whole TEXT file); a larger
 *     one becomes a {@link FailureReason#TOO_LARGE} item. Default 50 MiB.
 * @param maxArchiveBytes most bytes read from one input after decompression; past it the input
 *     stops with a {@link FailureReason#DECOMPRESSION_LIMIT} item. Default 4 GiB.
 * @param maxRatio highest decompressed/compressed ratio of a compressed input; past it the input
 *     stops with {@link FailureReason#DECOMPRESSION_LIMIT}. Default 100.
 * @param ratioCheckAfterBytes the ratio is only checked once this many bytes have been inflated
 *     (small files of repetitive text compress very well). Default 1 MiB.
 */
public record Limits(
    long maxDocumentBytes, long maxArchiveBytes, double maxRatio, long ratioCheckAfterBytes) {

  /** 50 MiB per document, 4 GiB per archive, ratio 100:1 checked after 1 MiB. */
  public static final Limits DEFAULTS = new Limits(50L << 20, 4L << 30, 100, 1L << 20);

  public Limits {
    if (maxDocumentBytes <= 0
        || maxArchiveBytes <= 0
        || maxRatio <= 1
        || ratioCheckAfterBytes < 0) {
      throw new IllegalArgumentException(
          "limits must be positive and the ratio above 1: "
              + maxDocumentBytes
              + ", "
              + maxArchiveBytes
              + ", "
              + maxRatio
              + ", "
              + ratioCheckAfterBytes);
    }
  }

  /** These limits with another maximum document size (the pipeline's --maxDocumentBytes). */
  public Limits withMaxDocumentBytes(long bytes) {
    return new Limits(bytes, maxArchiveBytes, maxRatio, ratioCheckAfterBytes);
  }

  /** These limits with another maximum decompressed size per archive. */
  public Limits withMaxArchiveBytes(long bytes) {
    return new Limits(maxDocumentBytes, bytes, maxRatio, ratioCheckAfterBytes);
  }

  /** These limits with another maximum ratio, checked after {@code afterBytes}. */
  public Limits withMaxRatio(double ratio, long afterBytes) {
    return new Limits(maxDocumentBytes, maxArchiveBytes, ratio, afterBytes);
  }
}
