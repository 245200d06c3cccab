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
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
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
   * The rows of one report as the Parquet writers take them ({@link #rowsToWrite}): generic records
   * of each dataset's schema, their strings Avro's {@link org.apache.avro.util.Utf8}, their dates
   * and times the encoded numbers.
   */
  public record RowsToWrite(
      GenericRecord report,
      List<GenericRecord> applications,
      List<GenericRecord> reviewLitigation,
      List<GenericRecord> activeDisclosure,
      List<GenericRecord> legacyIndicators,
      List<GenericRecord> flags) {}

  /**
   * One dataset's rows: its generated class's Avro writer and reader, and a reader of the same rows
   * as generic records for writing ({@link #rowsToWrite}).
   */
  private record Rows<T>(
      SpecificDatumWriter<T> writer,
      SpecificDatumReader<T> reader,
      GenericDatumReader<GenericRecord> toWrite) {
    static <T> Rows<T> of(Class<T> type) {
      SpecificData model = withCustomCoders(SpecificData.getForClass(type), type);
      Schema schema = model.getSchema(type);
      return new Rows<>(
          new SpecificDatumWriter<>(schema, model),
          new SpecificDatumReader<>(schema, schema, model),
          new Utf8Reader(schema));
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
      return readAll(reader, in, packetBytes);
    }

    /** The same rows as generic records with Utf8 strings. */
    List<GenericRecord> readAllToWrite(BinaryDecoder in, int packetBytes) throws IOException {
      return readAll(toWrite, in, packetBytes);
    }

    private static <R> List<R> readAll(DatumReader<R> reader, BinaryDecoder in, int packetBytes)
        throws IOException {
      long n = in.readLong();
      if (n < 0 || n > packetBytes) {
        throw new IOException("row count " + n + " out of range");
      }
      List<R> rows = new ArrayList<>((int) n);
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

  private ReportPacket() {}

  /**
   * Reads rows as generic records whose strings stay Avro's {@link org.apache.avro.util.Utf8}, the
   * UTF-8 bytes of the packet, whatever the schema's {@code avro.java.string}. The Parquet writer
   * takes a Utf8's bytes as they are, while it encodes a Java String again one character at a time
   * through a {@link java.nio.charset.CharsetEncoder}: a quarter of the write step's CPU went to
   * that, and more to making the Strings.
   */
  private static final class Utf8Reader extends GenericDatumReader<GenericRecord> {
    Utf8Reader(Schema schema) {
      super(schema, schema, GenericData.get());
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected Class findStringClass(Schema schema) {
      return CharSequence.class;
    }
  }

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

  /**
   * The rows of a packet for the Parquet writers (of a report that is not a duplicate: the reject
   * candidate is skipped). The same rows as {@link #decode}, as generic records.
   */
  public static RowsToWrite rowsToWrite(byte[] packet) {
    return read(
        packet,
        in -> {
          in.skipString();
          REJECTS.toWrite().read(null, in);
          GenericRecord report = REPORTS.toWrite().read(null, in);
          return new RowsToWrite(
              report,
              APPLICATIONS.readAllToWrite(in, packet.length),
              REVIEW_LITIGATION.readAllToWrite(in, packet.length),
              ACTIVE_DISCLOSURE.readAllToWrite(in, packet.length),
              LEGACY_INDICATORS.readAllToWrite(in, packet.length),
              FLAGS.readAllToWrite(in, packet.length));
        });
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
