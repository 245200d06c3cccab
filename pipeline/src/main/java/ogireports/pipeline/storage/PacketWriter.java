package ogireports.pipeline.storage;

import java.io.IOException;
import java.util.List;
import ogireports.output.ReportPacket;
import org.apache.avro.Schema;

/**
 * Writes the rows of a report's packet ({@link ReportPacket}, laid out as {@link
 * ReportPacket#LAYOUT} says) to its partition's files straight from the packet's bytes: the reject
 * row it would become as a duplicate is passed over, the report row and each dataset's rows go to
 * the dataset's file as they are encoded ({@link AvroBinaryWriteSupport}).
 */
public final class PacketWriter {

  private static final AvroBinaryRow DUPLICATE_CANDIDATE =
      new AvroBinaryRow(ReportPacket.LAYOUT.duplicateCandidate());
  private static final Dataset REPORT = dataset(ReportPacket.LAYOUT.report());
  private static final List<Dataset> ROW_LISTS =
      ReportPacket.LAYOUT.rowLists().stream().map(PacketWriter::dataset).toList();

  private PacketWriter() {}

  /** The dataset a packet's rows of {@code schema} belong to. */
  private static Dataset dataset(Schema schema) {
    for (Dataset d : Dataset.values()) {
      if (d.schema.equals(schema)) {
        return d;
      }
    }
    throw new IllegalStateException("no dataset has the schema of " + schema.getFullName());
  }

  /**
   * Writes every row of {@code packet} (of a report that is not a duplicate) to {@code files}.
   *
   * @throws IOException a file could not be written, or the packet is not one (cut, corrupt)
   */
  public static void write(byte[] packet, PartitionFiles<AvroBinaryInput> files)
      throws IOException {
    AvroBinaryInput in = new AvroBinaryInput(packet);
    try {
      in.skipString(); // the partition: the files' own
      DUPLICATE_CANDIDATE.skip(in);
      files.write(REPORT, in);
      for (Dataset dataset : ROW_LISTS) {
        long n = in.readLong();
        if (n < 0 || n > packet.length) {
          throw new IllegalArgumentException("row count " + n + " out of range");
        }
        for (long i = 0; i < n; i++) {
          files.write(dataset, in);
        }
      }
      if (!in.atEnd()) {
        throw new IllegalArgumentException("trailing bytes after the last row");
      }
    } catch (IllegalArgumentException e) {
      throw new IOException("not a report packet: " + e.getMessage(), e);
    }
  }
}
