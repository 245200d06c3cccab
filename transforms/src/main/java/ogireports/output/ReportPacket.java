package ogireports.output;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import ogireports.schemas.ActiveDisclosureRecord;
import ogireports.schemas.ApplicationRecord;
import ogireports.schemas.FlagRecord;
import ogireports.schemas.LegacyIndicatorRecord;
import ogireports.schemas.RejectRecord;
import ogireports.schemas.ReportRecord;
import ogireports.schemas.ReviewLitigationRecord;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;

/**
 * Every row of one parsed report as one byte string, so a report can wait on disk (not in memory,
 * not in a shuffle) until the checks across documents have decided about it: its {@link
 * OutputRows.ReportRows} and the reject row it becomes if it turns out to be a duplicate.
 *
 * <p>Layout: the partition, the reject candidate, the report row, then each dataset's rows as a
 * count and the rows; each row in Avro's single-object encoding.
 */
public final class ReportPacket {

  /** The rows of one report and its reject row should it be a duplicate. */
  public record Contents(OutputRows.ReportRows rows, RejectRecord duplicateCandidate) {}

  private ReportPacket() {}

  public static byte[] encode(OutputRows.ReportRows rows, RejectRecord duplicateCandidate) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeUTF(rows.partition());
      write(out, RejectRecord.getEncoder(), duplicateCandidate);
      write(out, ReportRecord.getEncoder(), rows.report());
      writeAll(out, ApplicationRecord.getEncoder(), rows.applications());
      writeAll(out, ReviewLitigationRecord.getEncoder(), rows.reviewLitigation());
      writeAll(out, ActiveDisclosureRecord.getEncoder(), rows.activeDisclosure());
      writeAll(out, LegacyIndicatorRecord.getEncoder(), rows.legacyIndicators());
      writeAll(out, FlagRecord.getEncoder(), rows.flags());
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Contents decode(byte[] packet) {
    try {
      DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(packet));
      String partition = in.readUTF();
      RejectRecord candidate = read(in, RejectRecord.getDecoder());
      ReportRecord report = read(in, ReportRecord.getDecoder());
      OutputRows.ReportRows rows =
          new OutputRows.ReportRows(
              partition,
              report,
              readAll(in, ApplicationRecord.getDecoder()),
              readAll(in, ReviewLitigationRecord.getDecoder()),
              readAll(in, ActiveDisclosureRecord.getDecoder()),
              readAll(in, LegacyIndicatorRecord.getDecoder()),
              readAll(in, FlagRecord.getDecoder()));
      if (in.read() != -1) {
        throw new IOException("trailing bytes after the last row");
      }
      return new Contents(rows, candidate);
    } catch (IOException e) {
      throw new UncheckedIOException("not a report packet: " + e.getMessage(), e);
    }
  }

  private static <T> void write(DataOutputStream out, BinaryMessageEncoder<T> encoder, T row)
      throws IOException {
    ByteBuffer b = encoder.encode(row);
    out.writeInt(b.remaining());
    out.write(b.array(), b.arrayOffset() + b.position(), b.remaining());
  }

  private static <T> void writeAll(
      DataOutputStream out, BinaryMessageEncoder<T> encoder, List<T> rows) throws IOException {
    out.writeInt(rows.size());
    for (T row : rows) {
      write(out, encoder, row);
    }
  }

  private static <T> T read(DataInputStream in, BinaryMessageDecoder<T> decoder)
      throws IOException {
    int length = in.readInt();
    if (length < 0 || length > in.available()) {
      throw new IOException("row length " + length + " out of range");
    }
    byte[] b = new byte[length];
    in.readFully(b);
    return decoder.decode(b);
  }

  private static <T> List<T> readAll(DataInputStream in, BinaryMessageDecoder<T> decoder)
      throws IOException {
    int n = in.readInt();
    if (n < 0 || n > in.available()) {
      throw new IOException("row count " + n + " out of range");
    }
    List<T> rows = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      rows.add(read(in, decoder));
    }
    return rows;
  }
}
