package ogireports.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.places.PlaceResolver;
import ogireports.schemas.RejectRecord;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;
import org.junit.jupiter.api.Test;

class ReportPacketTest {

  private static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath());

  private static List<Path> samples() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("../samples"))) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  @Test
  void everyRowOfEverySampleComesBackEqual() throws IOException {
    List<Path> samples = samples();
    assertThat(samples).hasSize(5);
    for (Path sample : samples) {
      Document document = new Document(sample.toString(), Files.readAllBytes(sample));
      ReadOutcome.Accepted accepted = (ReadOutcome.Accepted) READER.read(document);
      OutputRows.ReportRows rows = OutputRows.of(accepted, "run-1");
      RejectRecord candidate = OutputRows.duplicateCandidate(document, accepted);

      ReportPacket.Contents back = ReportPacket.decode(ReportPacket.encode(rows, candidate));

      assertThat(back.rows()).as(sample.toString()).isEqualTo(rows);
      assertThat(back.duplicateCandidate()).isEqualTo(candidate);
      assertThat(back.rows().applications()).isNotEmpty();
    }
  }

  /**
   * {@link ReportPacket#LAYOUT} says where the rows are: walking a packet by it, row by row with
   * each schema, meets every row of the report in turn and ends at the packet's end.
   */
  @Test
  void theLayoutWalksEveryRowOfAPacket() throws IOException {
    for (Path sample : samples()) {
      Document document = new Document(sample.toString(), Files.readAllBytes(sample));
      ReadOutcome.Accepted accepted = (ReadOutcome.Accepted) READER.read(document);
      OutputRows.ReportRows rows = OutputRows.of(accepted, "run-1");
      RejectRecord candidate = OutputRows.duplicateCandidate(document, accepted);
      BinaryDecoder in =
          DecoderFactory.get().binaryDecoder(ReportPacket.encode(rows, candidate), null);
      ReportPacket.Layout layout = ReportPacket.LAYOUT;

      assertThat(in.readString()).isEqualTo(rows.partition());
      assertThat(row(layout.duplicateCandidate(), in).get("source_uri"))
          .hasToString(candidate.getSourceUri());
      assertThat(row(layout.report(), in).get("report_id"))
          .hasToString(rows.report().getReportId());
      List<List<? extends GenericRecord>> lists =
          List.of(
              rows.applications(),
              rows.reviewLitigation(),
              rows.activeDisclosure(),
              rows.legacyIndicators(),
              rows.flags());
      assertThat(layout.rowLists()).hasSameSizeAs(lists);
      for (int d = 0; d < lists.size(); d++) {
        Schema schema = layout.rowLists().get(d);
        List<? extends GenericRecord> expected = lists.get(d);
        assertThat(in.readLong()).isEqualTo(expected.size());
        for (GenericRecord want : expected) {
          assertThat(want.getSchema()).isEqualTo(schema);
          assertThat(row(schema, in).get("report_id"))
              .hasToString(want.get("report_id").toString());
        }
      }
      assertThat(in.isEnd()).as(sample.toString()).isTrue();
    }
  }

  private static GenericRecord row(Schema schema, BinaryDecoder in) throws IOException {
    return new GenericDatumReader<GenericRecord>(schema).read(null, in);
  }

  /**
   * The packet is written by the generated classes' own coders: its bytes are those of Avro's walk
   * of each schema (the generic writer of the class's default model), on every sample and every
   * accepted real report.
   */
  @Test
  void theGeneratedCodersWriteTheBytesOfAvrosSchemaWalk() throws IOException {
    List<Path> files = new java.util.ArrayList<>(samples());
    try (Stream<Path> real = Files.list(Path.of("../fixtures/real-reports"))) {
      real.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
    }
    int compared = 0;
    for (Path file : files) {
      Document document = new Document(file.toString(), Files.readAllBytes(file));
      if (!(READER.read(document) instanceof ReadOutcome.Accepted accepted)) {
        continue;
      }
      OutputRows.ReportRows rows = OutputRows.of(accepted, "run-1");
      RejectRecord candidate = OutputRows.duplicateCandidate(document, accepted);

      assertThat(ReportPacket.encode(rows, candidate))
          .as(file.toString())
          .isEqualTo(bySchemaWalk(rows, candidate));
      compared++;
    }
    assertThat(compared).isGreaterThan(50);
  }

  private static byte[] bySchemaWalk(OutputRows.ReportRows rows, RejectRecord candidate)
      throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    org.apache.avro.io.BinaryEncoder out =
        org.apache.avro.io.EncoderFactory.get().directBinaryEncoder(bytes, null);
    out.writeString(rows.partition());
    walk(List.of(candidate), out, false);
    walk(List.of(rows.report()), out, false);
    walk(rows.applications(), out, true);
    walk(rows.reviewLitigation(), out, true);
    walk(rows.activeDisclosure(), out, true);
    walk(rows.legacyIndicators(), out, true);
    walk(rows.flags(), out, true);
    out.flush();
    return bytes.toByteArray();
  }

  @SuppressWarnings("unchecked")
  private static <T extends org.apache.avro.specific.SpecificRecordBase> void walk(
      List<T> rows, org.apache.avro.io.BinaryEncoder out, boolean counted) throws IOException {
    if (counted) {
      out.writeLong(rows.size());
    }
    for (T row : rows) {
      org.apache.avro.specific.SpecificData model =
          org.apache.avro.specific.SpecificData.getForClass(row.getClass());
      assertThat(model.useCustomCoders()).isFalse();
      new org.apache.avro.specific.SpecificDatumWriter<T>(row.getSchema(), model).write(row, out);
    }
  }

  @Test
  void aDuplicateCandidateBecomesADuplicateRejectNamingTheKeptCopy() throws IOException {
    Path sample = samples().get(0);
    Document document = new Document("copy/" + sample.getFileName(), Files.readAllBytes(sample));
    ReadOutcome.Accepted accepted = (ReadOutcome.Accepted) READER.read(document);

    RejectRecord reject =
        OutputRows.duplicate(
            OutputRows.duplicateCandidate(document, accepted), "kept-id", "a/kept.txt");

    assertThat(reject.getReason()).isEqualTo("DUPLICATE");
    assertThat(reject.getSourceUri()).isEqualTo("copy/" + sample.getFileName());
    assertThat(reject.getDuplicateOf()).isEqualTo("kept-id");
    assertThat(reject.getDetail()).isEqualTo("the same text as a/kept.txt, which is kept");
    assertThat(reject.getBytes()).isEqualTo(document.bytes().length);
    assertThat(reject.getReportId()).isEqualTo(accepted.report().reportId());
  }

  @Test
  void aCutOrCorruptPacketIsRefusedNotMisread() throws IOException {
    Path sample = samples().get(0);
    Document document = new Document(sample.toString(), Files.readAllBytes(sample));
    ReadOutcome.Accepted accepted = (ReadOutcome.Accepted) READER.read(document);
    byte[] packet =
        ReportPacket.encode(
            OutputRows.of(accepted, "r"), OutputRows.duplicateCandidate(document, accepted));

    assertThatThrownBy(() -> ReportPacket.decode(Arrays.copyOf(packet, packet.length - 3)))
        .isInstanceOf(UncheckedIOException.class);
    byte[] longer = Arrays.copyOf(packet, packet.length + 1);
    assertThatThrownBy(() -> ReportPacket.decode(longer))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("trailing bytes");
  }
}
