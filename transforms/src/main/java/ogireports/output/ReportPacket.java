package ogireports.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import ogireports.schemas.ActiveDisclosureRecord;
import ogireports.schemas.ApplicationRecord;
import ogireports.schemas.FlagRecord;
import ogireports.schemas.LegacyIndicatorRecord;
import ogireports.schemas.RejectRecord;
import ogireports.schemas.ReportRecord;
import ogireports.schemas.ReviewLitigationRecord;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;

/**
 * Every row of one parsed report as one byte string, so a report can wait on disk (not in memory,
 * not in a shuffle) until the checks across documents have decided about it: its {@link
 * OutputRows.ReportRows} and the reject row it becomes if it turns out to be a duplicate.
 *
 * <p>Layout, in Avro's binary encoding: the partition, the reject candidate, the report row, then
 * each dataset's rows as a count and the rows. A packet lives only as long as the run that wrote
 * it, so the rows carry no schema header: each dataset's writer and reader are the generated
 * classes' own (Avro's single-object encoding, used before, cost a header, a fingerprint look-up
 * and a buffer per row: a tenth of the parse workers' CPU went to packets).
 */
public final class ReportPacket {

  /** The rows of one report and its reject row should it be a duplicate. */
  public record Contents(OutputRows.ReportRows rows, RejectRecord duplicateCandidate) {}

  /**
   * Where a packet's rows are, for a writer that takes them as they are encoded instead of decoding
   * them (the pipeline's Parquet writer): after the partition, an Avro string, come one row of
   * {@code duplicateCandidate} and one of {@code report}, then, for each schema of {@code rowLists}
   * in turn, a count (an Avro long) and that many rows; every row in Avro's binary encoding of its
   * schema, with no header. The order {@link #encode} writes them in.
   */
  public record Layout(Schema duplicateCandidate, Schema report, List<Schema> rowLists) {}

  /** One dataset's rows: its generated class's Avro writer and reader. */
  private record Rows<T>(
      Schema schema, SpecificDatumWriter<T> writer, SpecificDatumReader<T> reader) {
    static <T> Rows<T> of(Class<T> type) {
      SpecificData model = withCustomCoders(SpecificData.getForClass(type), type);
      Schema schema = model.getSchema(type);
      return new Rows<>(
          schema,
          new SpecificDatumWriter<>(schema, model),
          new SpecificDatumReader<>(schema, schema, model));
    }

    /**
     * The generated classes' data model with their own field-by-field coders switched on (Avro
     * leaves them off unless a system property says otherwise): a row is then written and read by
     * the class's generated {@code customEncode} / {@code customDecode}, the same bytes, instead of
     * Avro's walk of the schema that resolves the branch of every nullable field by the name of its
     * value's type. A class without them (one with logical types) is coded as before.
     */
    private static SpecificData withCustomCoders(SpecificData generated, Class<?> type) {
      SpecificData model = new SpecificData(type.getClassLoader());
      generated.getConversions().forEach(model::addLogicalTypeConversion);
      model.setCustomCoders(true);
      return model;
    }

    void write(BinaryEncoder out, T row) throws IOException {
      writer.write(row, out);
    }

    void writeAll(BinaryEncoder out, List<T> rows) throws IOException {
      out.writeLong(rows.size());
      for (T row : rows) {
        writer.write(row, out);
      }
    }

    T read(BinaryDecoder in) throws IOException {
      return reader.read(null, in);
    }

    List<T> readAll(BinaryDecoder in, int packetBytes) throws IOException {
      long n = in.readLong();
      if (n < 0 || n > packetBytes) {
        throw new IOException("row count " + n + " out of range");
      }
      List<T> rows = new ArrayList<>((int) n);
      for (long i = 0; i < n; i++) {
        rows.add(reader.read(null, in));
      }
      return rows;
    }
  }

  private static final Rows<RejectRecord> REJECTS = Rows.of(RejectRecord.class);
  private static final Rows<ReportRecord> REPORTS = Rows.of(ReportRecord.class);
  private static final Rows<ApplicationRecord> APPLICATIONS = Rows.of(ApplicationRecord.class);
  private static final Rows<ReviewLitigationRecord> REVIEW_LITIGATION =
      Rows.of(ReviewLitigationRecord.class);
  private static final Rows<ActiveDisclosureRecord> ACTIVE_DISCLOSURE =
      Rows.of(ActiveDisclosureRecord.class);
  private static final Rows<LegacyIndicatorRecord> LEGACY_INDICATORS =
      Rows.of(LegacyIndicatorRecord.class);
  private static final Rows<FlagRecord> FLAGS = Rows.of(FlagRecord.class);

  /** The layout of every packet. */
  public static final Layout LAYOUT =
      new Layout(
          REJECTS.schema(),
          REPORTS.schema(),
          List.of(
              APPLICATIONS.schema(),
              REVIEW_LITIGATION.schema(),
              ACTIVE_DISCLOSURE.schema(),
              LEGACY_INDICATORS.schema(),
              FLAGS.schema()));

  private ReportPacket() {}

  public static byte[] encode(OutputRows.ReportRows rows, RejectRecord duplicateCandidate) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
      BinaryEncoder out = EncoderFactory.get().directBinaryEncoder(bytes, null);
      out.writeString(rows.partition());
      REJECTS.write(out, duplicateCandidate);
      REPORTS.write(out, rows.report());
      APPLICATIONS.writeAll(out, rows.applications());
      REVIEW_LITIGATION.writeAll(out, rows.reviewLitigation());
      ACTIVE_DISCLOSURE.writeAll(out, rows.activeDisclosure());
      LEGACY_INDICATORS.writeAll(out, rows.legacyIndicators());
      FLAGS.writeAll(out, rows.flags());
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Contents decode(byte[] packet) {
    return read(
        packet,
        in -> {
          String partition = in.readString();
          RejectRecord candidate = REJECTS.read(in);
          ReportRecord report = REPORTS.read(in);
          OutputRows.ReportRows rows =
              new OutputRows.ReportRows(
                  partition,
                  report,
                  APPLICATIONS.readAll(in, packet.length),
                  REVIEW_LITIGATION.readAll(in, packet.length),
                  ACTIVE_DISCLOSURE.readAll(in, packet.length),
                  LEGACY_INDICATORS.readAll(in, packet.length),
                  FLAGS.readAll(in, packet.length));
          return new Contents(rows, candidate);
        });
  }

  /** Reads a whole packet with {@code body}: what is left after it, or a failure, is refused. */
  private static <T> T read(byte[] packet, PacketBody<T> body) {
    try {
      BinaryDecoder in = DecoderFactory.get().binaryDecoder(packet, null);
      T read = body.read(in);
      if (!in.isEnd()) {
        throw new IOException("trailing bytes after the last row");
      }
      return read;
    } catch (IOException | RuntimeException e) {
      throw new UncheckedIOException(
          "not a report packet: " + e.getMessage(),
          e instanceof IOException io ? io : new IOException(e));
    }
  }

  private interface PacketBody<T> {
    T read(BinaryDecoder in) throws IOException;
  }
}
