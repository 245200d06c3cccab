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
   * A 2016 county report: the samples and real reports have no pre-2019 indicator table (the {@code
   * legacy_indicators} dataset).
   */
  private static final String COUNTY_2016 =
      """
      某某县人民政府办公室2016年政府信息公开工作年度报告
      一、概述
      2016年，我县认真贯彻落实《中华人民共和国政府信息公开条例》（国务院令第492号），现将有关情况报告如下。
      二、主动公开政府信息情况
      全年共主动公开政府信息1234条，其中规范性文件12件。
      三、依申请公开政府信息情况
      全年共收到政府信息公开申请15件，均已按时答复。
      四、政府信息公开的收费及减免情况
      未收取任何费用。
      五、因政府信息公开申请行政复议、提起行政诉讼的情况
      无。
      六、存在的主要问题和改进措施
      公开的及时性有待提高。
      七、附表
      政府信息公开情况统计表
      指标名称\t单位\t数量
      一、主动公开情况\t\t
      （一）主动公开政府信息数\t条\t1234
      其中：主动公开规范性文件数\t条\t12
      二、回应解读情况\t\t
      三、依申请公开情况\t\t
      （一）收到申请数\t件\t15
      1．当面申请数\t件\t3
      2．传真申请数\t件\t0
      3．网络申请数\t件\t10
      4．信函申请数\t件\t２
      （二）申请办结数\t件\t15
      1．同意公开答复数\t件\t9
      2．同意部分公开答复数\t件\t1
      3．不同意公开答复数\t件\t—
      4．信息不存在\t件\t2
      5．非本部门掌握\t件\t2
      6．申请内容不明确\t件\t1
      四、行政复议数量\t件\t0
      五、行政诉讼数量\t件\t0
      六、举报投诉数量\t件\t0
      七、依申请公开信息收取的费用\t万元\t0
      """;

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
        new Document("legacy/county-2016.txt", COUNTY_2016.getBytes(StandardCharsets.UTF_8)));
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
