package ogireports.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.UUID;
import ogireports.beam.PartitionEntry;
import ogireports.beam.RecordCoder;
import ogireports.beam.Batches;
import ogireports.beam.CheckCorpus;
import ogireports.corpus.ReportIndex;
import ogireports.crawl.ContentFingerprint;
import ogireports.document.ReportReader;
import ogireports.output.ReportPacket;
import ogireports.places.PlaceResolver;
import ogireports.rules.crossyear.AgencyYear;
import org.apache.beam.sdk.io.fs.ResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.joda.time.Instant;
import java.nio.channels.Channels;
import ogireports.crawl.CrawlItem;
import ogireports.crawl.CrawlReader;
import ogireports.crawl.InputFormat;
import ogireports.crawl.JsonlFields;
import ogireports.crawl.Limits;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.RejectReason;
import ogireports.output.OutputRows;
import ogireports.schemas.RejectRecord;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Reads and parses every document of each input file, in one step with no shuffle: the file
 * itself, or each record of a JSON Lines or WARC archive, decompressing as needed, within the
 * limits. A parsed report's rows are written to a packet file of the run's temporary folder (see
 * {@link ReportPacket}); only small things leave this step: where the packet is (keyed by the
 * report's partition), the report's {@link ReportIndex} for the checks across documents, and the
 * reject rows of documents that cannot be used. The first two leave at the end of each bundle in
 * batches, one per write group and one per bucket: on the DirectRunner a shuffle costs per
 * element, and one element per report cost a third of the run.
 */
final class ParseDocuments extends PTransform<PCollection<String>, PCollectionTuple> {

  /** Where each report's packet is, in batches by write group ({@link WriteDatasets#BATCH_CODER}). */
  static final TupleTag<KV<Integer, List<KV<String, PartitionEntry>>>> PACKETS =
      new TupleTag<>("packets") {};

  /** The reports' index entries, in batches by bucket ({@link CheckCorpus#BATCH_CODER}). */
  static final TupleTag<KV<Integer, List<ReportIndex>>> INDEX = new TupleTag<>("index") {};
  static final TupleTag<RejectRecord> REJECTS = new TupleTag<>("rejects") {};

  /** The counter of documents an {@code --append} run found in the output already. */
  static final String ALREADY_IN_OUTPUT = "already_in_output";

  private final Settings settings;
  private final String runId;
  private final String packetDir;
  private final String knownIdsFile;

  /** The reading options, checked once on the launching machine. */
  record Settings(
      String inputFormat,
      String jsonlFields,
      long maxDocumentBytes,
      long maxArchiveBytes,
      double maxRatio,
      long maxParseMillis)
      implements java.io.Serializable {

    static Settings of(OgiReportsOptions o) {
      Settings s =
          new Settings(
              o.getInputFormat(),
              o.getJsonlFields(),
              o.getMaxDocumentBytes(),
              o.getMaxArchiveBytes(),
              o.getMaxCompressionRatio(),
              o.getMaxParseMillis());
      s.format();
      s.fields();
      return s;
    }

    InputFormat format() {
      return InputFormat.fromOption(inputFormat);
    }

    JsonlFields fields() {
      return jsonlFields == null || jsonlFields.isBlank()
          ? JsonlFields.DEFAULTS
          : JsonlFields.parse(jsonlFields);
    }

    Limits limits() {
      return Limits.DEFAULTS
          .withMaxDocumentBytes(maxDocumentBytes)
          .withMaxArchiveBytes(maxArchiveBytes)
          .withMaxRatio(maxRatio, Limits.DEFAULTS.ratioCheckAfterBytes());
    }
  }

  /**
   * @param packetDir the folder the packet files are written into (inside the run's temporary
   *     folder; removed when the run ends)
   */
  ParseDocuments(Settings settings, String runId, String packetDir, String knownIdsFile) {
    this.settings = settings;
    this.runId = runId;
    this.packetDir = packetDir;
    this.knownIdsFile = knownIdsFile;
  }

  @Override
  public PCollectionTuple expand(PCollection<String> paths) {
    PCollectionTuple out =
        paths.apply(
            "ParseFile",
            ParDo.of(new ParseFileFn(settings, runId, packetDir, knownIdsFile))
                .withOutputTags(PACKETS, TupleTagList.of(INDEX).and(REJECTS)));
    out.get(PACKETS).setCoder(WriteDatasets.BATCH_CODER);
    out.get(INDEX).setCoder(CheckCorpus.BATCH_CODER);
    out.get(REJECTS).setCoder(RecordCoder.of(RejectRecord.class));
    return out;
  }

  static final class ParseFileFn extends DoFn<String, KV<Integer, List<KV<String, PartitionEntry>>>> {
    private final Counter documents = Metrics.counter(ParseDocuments.class, "documents");
    private final Counter unreadable = Metrics.counter(ParseDocuments.class, "unreadable");
    private final Counter reports = Metrics.counter(ParseDocuments.class, "reports");
    private final Counter rejects = Metrics.counter(ParseDocuments.class, "rejects");
    private final Counter alreadyInOutput = Metrics.counter(ParseDocuments.class, ALREADY_IN_OUTPUT);
    private final Settings settings;
    private final String runId;
    private final String packetDir;
    private final String knownIdsFile;
    private transient java.util.Set<String> knownIds;
    private transient InputFormat format;
    private transient JsonlFields fields;
    private transient Limits limits;
    private transient ReportReader reader;
    private transient PacketFile packets;
    /**
     * Most entries a batch holds: a full batch leaves at once. A runner may make one bundle of
     * all its input (Flink's batch mode does), and batches kept to the end of such a bundle held
     * every index entry in memory.
     */
    static final int MAX_BATCH = 1000;

    /** This bundle's packet entries by write group, and index entries by bucket. */
    private transient Batches<Integer, KV<String, PartitionEntry>> packetBatches;
    private transient Batches<Integer, ReportIndex> indexBatches;

    ParseFileFn(Settings settings, String runId, String packetDir, String knownIdsFile) {
      this.settings = settings;
      this.runId = runId;
      this.packetDir = packetDir;
      this.knownIdsFile = knownIdsFile;
    }

    @Setup
    public void setup() {
      format = settings.format();
      fields = settings.fields();
      limits = settings.limits();
      reader = ReportReader.withParseBudgetMillis(PlaceResolver.fromClasspath(), settings.maxParseMillis());
      knownIds = KnownIds.of(knownIdsFile);
    }

    @StartBundle
    public void startBundle() {
      packetBatches = new Batches<>(MAX_BATCH);
      indexBatches = new Batches<>(MAX_BATCH);
    }

    @ProcessElement
    public void process(@Element String path, MultiOutputReceiver out) throws IOException {
      long size = 0;
      try {
        MatchResult.Metadata meta = FileSystems.matchSingleFileSpec(path);
        size = meta.sizeBytes();
        try (InputStream in = Channels.newInputStream(FileSystems.open(meta.resourceId()));
            CrawlReader crawl = CrawlReader.open(path, in, format, limits, fields)) {
          while (crawl.hasNext()) {
            CrawlItem item = crawl.next();
            documents.inc();
            if (item instanceof CrawlItem.Doc doc) {
              parse(doc.document(), out);
            } else if (item instanceof CrawlItem.Failure f) {
              unreadable.inc();
              out.get(REJECTS)
                  .output(reject(f.sourceUri(), RejectReason.valueOf(f.reason().name()), f.detail(), f.bytes()));
            }
          }
        }
      } catch (PacketFile.WriteFailure e) {
        throw e.getCause(); // the run's own temporary folder: an operational failure
      } catch (Exception e) {
        documents.inc();
        unreadable.inc();
        out.get(REJECTS)
            .output(reject(path, RejectReason.UNREADABLE, e.getClass().getName() + ": " + e.getMessage(), size));
      }
    }

    private void parse(Document document, MultiOutputReceiver out) {
      if (!knownIds.isEmpty() && knownIds.contains(ReportReader.sha256(document.bytes()))) {
        alreadyInOutput.inc(); // an --append run: this report is in the output already
        return;
      }
      ReadOutcome outcome = reader.read(document);
      if (outcome instanceof ReadOutcome.Rejected rejected) {
        rejects.inc();
        out.get(REJECTS).output(OutputRows.reject(rejected));
        return;
      }
      ReadOutcome.Accepted accepted = (ReadOutcome.Accepted) outcome;
      OutputRows.ReportRows rows;
      byte[] packet;
      ReportIndex index;
      try {
        rows = OutputRows.of(accepted, runId);
        packet = ReportPacket.encode(rows, OutputRows.duplicateCandidate(document, accepted));
        index =
            new ReportIndex(
                accepted.report().reportId(),
                document.sourceUri(),
                ContentFingerprint.of(accepted.report().lines()),
                AgencyYear.of(accepted.report()),
                rows.partition(),
                false);
      } catch (RuntimeException e) {
        rejects.inc();
        out.get(REJECTS)
            .output(
                reject(
                    document.sourceUri(),
                    RejectReason.INTERNAL_ERROR,
                    e.getClass().getName() + ": " + e.getMessage(),
                    document.bytes().length));
        return;
      }
      if (packets == null) {
        packets = PacketFile.create(packetDir);
      }
      long offset = packets.append(packet);
      reports.inc();
      KV<String, PartitionEntry> entry =
          KV.of(
              rows.partition(),
              PartitionEntry.packet(document.sourceUri(), packets.name(), offset, packet.length));
      int group = WriteDatasets.writeGroup(entry.getKey());
      List<KV<String, PartitionEntry>> fullPackets = packetBatches.add(group, entry);
      if (fullPackets != null) {
        out.get(PACKETS).output(KV.of(group, fullPackets));
      }
      int bucket = index.bucket(CheckCorpus.BUCKETS);
      List<ReportIndex> fullIndex = indexBatches.add(bucket, index);
      if (fullIndex != null) {
        out.get(INDEX).output(KV.of(bucket, fullIndex));
      }
    }

    /** The packets of a bundle are on disk before its batches move on. */
    @FinishBundle
    public void finishBundle(FinishBundleContext context) throws IOException {
      closePackets();
      Instant time = BoundedWindow.TIMESTAMP_MIN_VALUE;
      packetBatches.drain().forEach(
          (group, batch) -> context.output(PACKETS, KV.of(group, batch), time, GlobalWindow.INSTANCE));
      indexBatches.drain().forEach(
          (bucket, batch) -> context.output(INDEX, KV.of(bucket, batch), time, GlobalWindow.INSTANCE));
      packetBatches = null;
      indexBatches = null;
    }

    @Teardown
    public void teardown() throws IOException {
      closePackets();
    }

    private void closePackets() throws IOException {
      if (packets != null) {
        packets.close();
        packets = null;
      }
    }

    private static RejectRecord reject(String uri, RejectReason reason, String detail, long bytes) {
      return OutputRows.reject(new ReadOutcome.Rejected(uri, reason, detail, bytes, null, null));
    }
  }

  /** The report ids already in the output, read once per worker. */
  static final class KnownIds {
    private static final java.util.Map<String, java.util.Set<String>> CACHE =
        new java.util.concurrent.ConcurrentHashMap<>();

    static java.util.Set<String> of(String file) {
      if (file == null) {
        return java.util.Set.of();
      }
      return CACHE.computeIfAbsent(file, KnownIds::load);
    }

    private static java.util.Set<String> load(String file) {
      java.util.Set<String> ids = new java.util.HashSet<>();
      try (java.io.BufferedReader r =
          new java.io.BufferedReader(
              Channels.newReader(
                  FileSystems.open(FileSystems.matchNewResource(file, false)),
                  java.nio.charset.StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (!line.isBlank()) {
            ids.add(line.strip());
          }
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException("cannot read the known report ids " + file, e);
      }
      return java.util.Collections.unmodifiableSet(ids);
    }
  }

  /** One bundle's packet file: packets appended one after the other. */
  static final class PacketFile {
    /** A packet file could not be written: the run's temporary folder failed. */
    static final class WriteFailure extends RuntimeException {
      WriteFailure(IOException cause) {
        super(cause);
      }

      @Override
      public synchronized IOException getCause() {
        return (IOException) super.getCause();
      }
    }

    private final String name;
    private final OutputStream out;
    private long position;

    private PacketFile(String name, OutputStream out) {
      this.name = name;
      this.out = out;
    }

    static PacketFile create(String dir) {
      ResourceId resource =
          FileSystems.matchNewResource(dir, true)
              .resolve(UUID.randomUUID() + ".packets", ResolveOptions.StandardResolveOptions.RESOLVE_FILE);
      try {
        OutputStream out =
            new java.io.BufferedOutputStream(
                Channels.newOutputStream(FileSystems.create(resource, MimeTypes.BINARY)), 1 << 16);
        return new PacketFile(resource.toString(), out);
      } catch (IOException e) {
        throw new WriteFailure(e);
      }
    }

    String name() {
      return name;
    }

    /** Appends a packet and returns its offset. */
    long append(byte[] packet) {
      long at = position;
      try {
        out.write(packet);
      } catch (IOException e) {
        throw new WriteFailure(e);
      }
      position += packet.length;
      return at;
    }

    void close() throws IOException {
      out.close();
    }
  }
}
