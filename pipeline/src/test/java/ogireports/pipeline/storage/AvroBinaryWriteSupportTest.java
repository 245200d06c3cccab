package ogireports.pipeline.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.output.OutputRows;
import ogireports.output.ReportPacket;
import ogireports.places.PlaceResolver;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.FileMetaData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows written to Parquet straight from their Avro binary encoding make the files the Avro records'
 * writer makes of the same rows decoded: the same bytes, and so the same schema, footer metadata
 * and rows read back.
 */
class AvroBinaryWriteSupportTest {

  private static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath());
  private static final String PARTITION = "province=test/year=2020";

  @TempDir Path dir;

  /**
   * A 2016 county report (a text written for the tests, in {@code fixtures/written/}): the samples
   * and real reports have no pre-2019 indicator table (the {@code legacy_indicators} dataset).
   */
  private static String county2016() throws IOException {
    return Files.readString(Path.of("../fixtures/written/county-2016.txt"));
  }

  /**
   * Every accepted sample and real report, a sample as a crawled page (a fetch time), and a 2016
   * report.
   */
  private static List<Document> acceptedDocuments() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String folder : List.of("../samples", "../fixtures/real-reports")) {
      try (Stream<Path> listed = Files.list(Path.of(folder))) {
        listed.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
      }
    }
    List<Document> documents = new ArrayList<>();
    for (Path file : files) {
      documents.add(new Document(file.toString(), Files.readAllBytes(file)));
    }
    documents.add(
        new Document(
            "crawl/" + files.get(0).getFileName(),
            Files.readAllBytes(files.get(0)),
            "https://example.gov.cn/report.html",
            "2023-05-06T07:08:09.123Z"));
    documents.add(
        new Document("legacy/county-2016.txt", county2016().getBytes(StandardCharsets.UTF_8)));
    return documents.stream().filter(d -> READER.read(d) instanceof ReadOutcome.Accepted).toList();
  }

  @Test
  void everyAcceptedReportIsWrittenAsTheRecordWriterWritesIt() throws IOException {
    List<Document> documents = acceptedDocuments();
    assertThat(documents).hasSizeGreaterThan(50);
    String before = dir.resolve("records").toString();
    String after = dir.resolve("packets").toString();
    try (PartitionFiles<GenericRecord> records =
            PartitionFiles.ofRecords(before, PARTITION, "part.parquet");
        PartitionFiles<AvroBinaryInput> packets =
            PartitionFiles.ofAvroBinary(after, PARTITION, "part.parquet")) {
      for (Document document : documents) {
        ReadOutcome.Accepted accepted = (ReadOutcome.Accepted) READER.read(document);
        OutputRows.ReportRows rows = OutputRows.of(accepted, "run-1");
        byte[] packet =
            ReportPacket.encode(rows, OutputRows.duplicateCandidate(document, accepted));

        // As the rows were written before: decoded into records.
        OutputRows.ReportRows decoded = ReportPacket.decode(packet).rows();
        records.write(Dataset.REPORTS, decoded.report());
        writeAll(records, Dataset.APPLICATIONS, decoded.applications());
        writeAll(records, Dataset.REVIEW_LITIGATION, decoded.reviewLitigation());
        writeAll(records, Dataset.ACTIVE_DISCLOSURE, decoded.activeDisclosure());
        writeAll(records, Dataset.LEGACY_INDICATORS, decoded.legacyIndicators());
        writeAll(records, Dataset.FLAGS, decoded.flags());

        PacketWriter.write(packet, packets);
      }
    }

    Coverage seen = new Coverage();
    for (Dataset dataset : Dataset.values()) {
      if (dataset == Dataset.REJECTS) {
        continue;
      }
      Path old = Path.of(before, dataset.folder, PARTITION, "part.parquet");
      Path written = Path.of(after, dataset.folder, PARTITION, "part.parquet");
      assertThat(written).as(dataset.folder).exists();

      assertThat(footer(written).getSchema()).isEqualTo(footer(old).getSchema());
      assertThat(footer(written).getKeyValueMetaData())
          .isEqualTo(footer(old).getKeyValueMetaData())
          .containsEntry("parquet.avro.schema", dataset.schema.toString())
          .containsEntry("writer.model.name", "avro");
      List<GenericRecord> expected = ParquetFile.readAll(old);
      List<GenericRecord> actual = ParquetFile.readAll(written);
      assertThat(actual).as(dataset.folder).hasSameSizeAs(expected).isNotEmpty();
      for (int r = 0; r < expected.size(); r++) {
        for (Schema.Field f : dataset.schema.getFields()) {
          Object want = expected.get(r).get(f.pos());
          assertThat(actual.get(r).get(f.pos()))
              .as("%s row %d %s", dataset.folder, r, f.name())
              .isEqualTo(want);
          seen.add(f, want);
        }
      }
      assertThat(Files.mismatch(written, old)).as(dataset.folder).isEqualTo(-1L);
    }
    assertThat(seen.nulls).isPositive();
    assertThat(seen.dates).isPositive();
    assertThat(seen.timestamps).isPositive();
    assertThat(seen.nonAscii).isPositive();
    assertThat(seen.doubles).isPositive();
  }

  /** What kinds of values the comparison met. */
  private static final class Coverage {
    int nulls;
    int dates;
    int timestamps;
    int nonAscii;
    int doubles;

    void add(Schema.Field f, Object value) {
      if (value == null) {
        nulls++;
      } else if (value instanceof java.time.LocalDate) {
        dates++;
      } else if (value instanceof java.time.Instant) {
        timestamps++;
      } else if (value instanceof Double) {
        doubles++;
      } else if (value instanceof CharSequence s && s.chars().anyMatch(c -> c > 127)) {
        nonAscii++;
      }
    }
  }

  private static void writeAll(
      PartitionFiles<GenericRecord> files, Dataset dataset, List<? extends GenericRecord> rows)
      throws IOException {
    for (GenericRecord row : rows) {
      files.write(dataset, row);
    }
  }

  private static FileMetaData footer(Path file) throws IOException {
    try (ParquetFileReader reader = ParquetFileReader.open(new ParquetFile.LocalInputFile(file))) {
      return reader.getFooter().getFileMetaData();
    }
  }

  /**
   * The types the datasets do not use yet but the writer takes: booleans, floats, bytes, a union
   * with null second; and numbers at their extremes.
   */
  @Test
  void theOtherPrimitivesAndExtremesAreWrittenAsTheRecordWriterWritesThem() throws IOException {
    Schema schema =
        SchemaBuilder.record("Other")
            .namespace("test")
            .fields()
            .requiredBoolean("flag")
            .requiredFloat("ratio")
            .requiredBytes("raw")
            .name("maybe")
            .type()
            .unionOf()
            .longType()
            .and()
            .nullType()
            .endUnion()
            .longDefault(0)
            .requiredInt("small")
            .requiredDouble("wide")
            .requiredString("text")
            .endRecord();
    List<GenericRecord> rows = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      GenericRecord row = new GenericData.Record(schema);
      row.put("flag", i % 3 == 0);
      row.put("ratio", i % 7 == 0 ? Float.NaN : i * -1.5f);
      row.put("raw", ByteBuffer.wrap(("b" + i % 11).getBytes(StandardCharsets.UTF_8)));
      row.put("maybe", i % 5 == 0 ? null : (i % 2 == 0 ? Long.MIN_VALUE : Long.MAX_VALUE - i));
      row.put("small", i % 2 == 0 ? Integer.MIN_VALUE + i : Integer.MAX_VALUE - i);
      row.put("wide", i % 4 == 0 ? -0.0 : Math.PI * i);
      row.put("text", i % 6 == 0 ? "" : "政府信息公开 " + i);
      rows.add(row);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BinaryEncoder out = EncoderFactory.get().directBinaryEncoder(bytes, null);
    GenericDatumWriter<GenericRecord> writer = new GenericDatumWriter<>(schema);
    for (GenericRecord row : rows) {
      writer.write(row, out);
    }

    Path old = dir.resolve("old.parquet");
    Path written = dir.resolve("new.parquet");
    try (ParquetWriter<GenericRecord> w =
        ParquetFile.create(FileSystems.matchNewResource(old.toString(), false), schema)) {
      for (GenericRecord row : rows) {
        w.write(row);
      }
    }
    AvroBinaryInput in = new AvroBinaryInput(bytes.toByteArray());
    try (ParquetWriter<AvroBinaryInput> w =
        ParquetFile.createFromAvroBinary(
            FileSystems.matchNewResource(written.toString(), false), schema)) {
      for (int i = 0; i < rows.size(); i++) {
        w.write(in);
      }
    }
    assertThat(in.atEnd()).isTrue();

    assertThat(ParquetFile.readAll(written)).isEqualTo(ParquetFile.readAll(old)).hasSize(300);
    assertThat(Files.mismatch(written, old)).isEqualTo(-1L);
  }

  @Test
  void aSchemaWithATypeTheWriterWouldNotWriteAsParquetAvroDoesIsRefused() {
    Schema withArray =
        SchemaBuilder.record("Nested")
            .fields()
            .requiredString("id")
            .name("tags")
            .type()
            .array()
            .items()
            .stringType()
            .noDefault()
            .endRecord();

    assertThatThrownBy(() -> new AvroBinaryWriteSupport(withArray))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Nested.tags")
        .hasMessageContaining("ARRAY");
  }

  @Test
  void aCutOrLengthenedPacketIsRefused() throws IOException {
    Document document = acceptedDocuments().get(0);
    ReadOutcome.Accepted accepted = (ReadOutcome.Accepted) READER.read(document);
    byte[] packet =
        ReportPacket.encode(
            OutputRows.of(accepted, "r"), OutputRows.duplicateCandidate(document, accepted));

    for (byte[] broken :
        List.of(
            Arrays.copyOf(packet, packet.length - 3), Arrays.copyOf(packet, packet.length + 1))) {
      try (PartitionFiles<AvroBinaryInput> files =
          PartitionFiles.ofAvroBinary(dir.toString(), PARTITION, "cut.parquet")) {
        assertThatThrownBy(() -> PacketWriter.write(broken, files))
            .isInstanceOf(IOException.class)
            .hasMessageStartingWith("not a report packet");
      }
    }
  }
}
