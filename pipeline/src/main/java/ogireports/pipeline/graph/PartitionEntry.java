package ogireports.pipeline.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.values.KV;

/**
 * What the writer of one partition ({@code province=P/year=Y}) receives, all small: where a parsed
 * report's {@link ogireports.output.ReportPacket} waits on disk, that a report is a duplicate, or a
 * flag from the checks across documents. Only these go through the shuffle, never the rows
 * themselves.
 */
public final class PartitionEntry {

  public enum Kind {
    /** A parsed report: its packet waits at {@code slice}. */
    PACKET,
    /** The document {@code sourceUri} holds a copy of report {@code duplicateOf}, kept. */
    DUPLICATE,
    /**
     * Flags found by comparing reports across documents: their encoded {@code flags} rows wait in a
     * {@link SpilledBatch} of byte arrays ({@link #flagRows}).
     */
    CROSS_DOCUMENT_FLAGS
  }

  /**
   * The partitions are written in this many groups: on the DirectRunner every key of a shuffle
   * costs timer bookkeeping for as long as the run lasts (measured: with a key per partition it
   * took more CPU than writing the files), so a few coarse keys carry many partitions each.
   */
  public static final int WRITE_GROUPS = 32;

  /** An entry with the partition it is for, as spilled in batches by write group. */
  public static final org.apache.beam.sdk.coders.Coder<KV<String, PartitionEntry>> KEYED_CODER =
      KvCoder.of(StringUtf8Coder.of(), Coder.of());

  /** Entries with their partition, in batches spilled by write group. */
  public static SpilledBatches<Integer, KV<String, PartitionEntry>> batches() {
    return new SpilledBatches<>(KEYED_CODER, e -> writeGroup(e.getKey()));
  }

  /** The write group of {@code partition}. */
  public static int writeGroup(String partition) {
    return Math.floorMod(partition.hashCode(), WRITE_GROUPS);
  }

  private final Kind kind;
  private final String sourceUri;
  private final FileSlice slice;
  private final String duplicateOf;
  private final String keptSourceUri;

  private PartitionEntry(
      Kind kind, String sourceUri, FileSlice slice, String duplicateOf, String keptSourceUri) {
    this.kind = kind;
    this.sourceUri = sourceUri;
    this.slice = slice;
    this.duplicateOf = duplicateOf;
    this.keptSourceUri = keptSourceUri;
  }

  public static PartitionEntry packet(String sourceUri, FileSlice packet) {
    return new PartitionEntry(Kind.PACKET, sourceUri, packet, null, null);
  }

  public static PartitionEntry duplicate(
      String sourceUri, String duplicateOf, String keptSourceUri) {
    return new PartitionEntry(Kind.DUPLICATE, sourceUri, null, duplicateOf, keptSourceUri);
  }

  public static PartitionEntry crossDocumentFlags(SpilledBatch<byte[]> flagRows) {
    return new PartitionEntry(Kind.CROSS_DOCUMENT_FLAGS, null, flagRows.slice(), null, null);
  }

  public Kind kind() {
    return kind;
  }

  /** The document (PACKET, DUPLICATE); null for CROSS_DOCUMENT_FLAGS. */
  public String sourceUri() {
    return sourceUri;
  }

  /**
   * Where a report's packet (PACKET) or a batch of encoded flag rows (CROSS_DOCUMENT_FLAGS) waits.
   */
  public FileSlice slice() {
    return slice;
  }

  /** The batch of encoded flag rows of a CROSS_DOCUMENT_FLAGS entry. */
  public SpilledBatch<byte[]> flagRows() {
    if (kind != Kind.CROSS_DOCUMENT_FLAGS) {
      throw new IllegalStateException(kind + " entry holds no flag rows");
    }
    return new SpilledBatch<>(slice);
  }

  public String duplicateOf() {
    return duplicateOf;
  }

  public String keptSourceUri() {
    return keptSourceUri;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PartitionEntry e
        && kind == e.kind
        && Objects.equals(sourceUri, e.sourceUri)
        && Objects.equals(slice, e.slice)
        && Objects.equals(duplicateOf, e.duplicateOf)
        && Objects.equals(keptSourceUri, e.keptSourceUri);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, sourceUri, slice, duplicateOf);
  }

  @Override
  public String toString() {
    return kind + "(" + sourceUri + ")";
  }

  /** The entry's coder: a kind byte and the fields. */
  public static final class Coder extends AtomicCoder<PartitionEntry> {
    private static final long serialVersionUID = 1L;
    private static final Coder INSTANCE = new Coder();
    private static final NullableCoder<String> STRING = NullableCoder.of(StringUtf8Coder.of());
    private static final NullableCoder<FileSlice> SLICE = NullableCoder.of(FileSlice.Coder.of());

    public static Coder of() {
      return INSTANCE;
    }

    @Override
    public void encode(PartitionEntry e, OutputStream out) throws IOException {
      out.write(e.kind.ordinal());
      STRING.encode(e.sourceUri, out);
      SLICE.encode(e.slice, out);
      STRING.encode(e.duplicateOf, out);
      STRING.encode(e.keptSourceUri, out);
    }

    @Override
    public PartitionEntry decode(InputStream in) throws IOException {
      int kind = in.read();
      if (kind < 0 || kind >= Kind.values().length) {
        throw new IOException("bad entry kind " + kind);
      }
      return new PartitionEntry(
          Kind.values()[kind],
          STRING.decode(in),
          SLICE.decode(in),
          STRING.decode(in),
          STRING.decode(in));
    }

    @Override
    public void verifyDeterministic() {}
  }
}
