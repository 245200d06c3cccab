package ogireports.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import ogireports.beam.CheckCorpus;
import ogireports.beam.FileSlice;
import ogireports.beam.PartitionEntry;
import ogireports.beam.SliceFile;
import ogireports.beam.SliceReader;
import ogireports.beam.Spill;
import ogireports.beam.SpilledBatches;
import ogireports.corpus.ReportIndex;
import ogireports.crawl.CrawlItem;
import ogireports.crawl.CrawlReader;
import ogireports.crawl.InputFormat;
import ogireports.crawl.JsonlFields;
import ogireports.crawl.Limits;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.RejectReason;
import ogireports.document.ReportReader;
import ogireports.output.OutputRows;
import ogireports.output.ParsedReport;
import ogireports.output.ReportPacket;
import ogireports.places.PlaceResolver;
import ogireports.schemas.RejectRecord;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.joda.time.Instant;

/**
 * Reads and parses every document of each input file, in one step with no shuffle: the file itself,
 * or each record of a JSON Lines or WARC archive, decompressing as needed, within the limits. A
 * parsed report's rows are written to a slice file of the run's temporary folder (its {@link
 * ReportPacket}); only small things leave this step: where the packet is (keyed by the report's
 * partition), the report's {@link ReportIndex} for the checks across documents, and the reject rows
 * of documents that cannot be used. The first two leave in batches of up to {@value
 * Spill#BATCH_SIZE}, one per write group and one per bucket, {@link Spill spilled} to the same
 * slice file: on the DirectRunner a shuffle costs per element (one element per report cost a third
 * of the run), and every runner holds what it shuffles in memory.
 */
final class ParseDocuments extends PTransform<PCollection<FileSlice>, PCollectionTuple> {

  /**
   * Where each report's packet is, as {@link PartitionEntry#KEYED_CODER keyed entries} in batches
   * {@link Spill spilled} by write group.
   */
  static final TupleTag<KV<Integer, FileSlice>> PACKETS = new TupleTag<>("packets") {};

  /**
   * The reports' index entries, in batches spilled by bucket ({@link CheckCorpus#indexBatches}).
   */
  static final TupleTag<KV<Integer, FileSlice>> INDEX = new TupleTag<>("index") {};

  /**
   * The reject rows of documents that cannot be used, in batches spilled by {@link Rejects#group}.
   */
  static final TupleTag<KV<Integer, FileSlice>> REJECTS = new TupleTag<>("rejects") {};

  /** The counter of documents an {@code --append} run found in the output already. */
  static final String ALREADY_IN_OUTPUT = "already_in_output";

  private final Settings settings;
  private final String runId;
  private final String sliceDir;
  private final String knownIdsFile;

  /** The reading options, checked once on the launching machine. */
  record Settings(
      String inputFormat,
      String jsonlFields,
      long maxDocumentBytes,
      long maxArchiveBytes,
      double maxRatio,
      long maxParseSteps,
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
              o.getMaxParseSteps(),
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
   * @param sliceDir the folder the slice files are written into (inside the run's temporary folder;
   *     removed when the run ends)
   */
  ParseDocuments(Settings settings, String runId, String sliceDir, String knownIdsFile) {
    this.settings = settings;
    this.runId = runId;
    this.sliceDir = sliceDir;
    this.knownIdsFile = knownIdsFile;
  }

  @Override
  public PCollectionTuple expand(PCollection<FileSlice> paths) {
    PCollectionTuple out =
        paths.apply(
            "ParseFile",
            ParDo.of(new ParseFileFn(settings, runId, sliceDir, knownIdsFile))
                .withOutputTags(PACKETS, TupleTagList.of(INDEX).and(REJECTS)));
    out.get(PACKETS).setCoder(Spill.CODER);
    out.get(INDEX).setCoder(Spill.CODER);
    out.get(REJECTS).setCoder(Spill.CODER);
    return out;
  }

  static final class ParseFileFn extends DoFn<FileSlice, KV<Integer, FileSlice>> {
    private final Counter documents = Metrics.counter(ParseDocuments.class, "documents");
    private final Counter unreadable = Metrics.counter(ParseDocuments.class, "unreadable");
    private final Counter reports = Metrics.counter(ParseDocuments.class, "reports");
    private final Counter rejects = Metrics.counter(ParseDocuments.class, "rejects");
    private final Counter alreadyInOutput =
        Metrics.counter(ParseDocuments.class, ALREADY_IN_OUTPUT);
    private final Settings settings;
    private final String runId;
    private final String sliceDir;
    private final String knownIdsFile;
    private transient java.util.Set<String> knownIds;
    private transient InputFormat format;
    private transient JsonlFields fields;
    private transient Limits limits;
    private transient ReportReader reader;

    /** This bundle's file of packets and spilled batches. */
    private transient SliceFile.OnDemand slices;

    /**
     * This bundle's packet entries by write group, and index entries by bucket. A full batch leaves
     * at once: a runner may make one bundle of all its input (Flink's batch mode does).
     */
    private transient SpilledBatches<Integer, KV<String, PartitionEntry>> packetBatches;

    private transient SpilledBatches<Integer, ReportIndex> indexBatches;
    private transient SpilledBatches<Integer, RejectRecord> rejectBatches;

    ParseFileFn(Settings settings, String runId, String sliceDir, String knownIdsFile) {
      this.settings = settings;
      this.runId = runId;
      this.sliceDir = sliceDir;
      this.knownIdsFile = knownIdsFile;
    }

    @Setup
    public void setup() {
      format = settings.format();
      fields = settings.fields();
      limits = settings.limits();
      reader =
          new ReportReader(
              PlaceResolver.fromClasspath(),
              settings.maxParseSteps(),
              settings.maxParseMillis() > 0
                  ? java.time.Duration.ofMillis(settings.maxParseMillis())
                  : null);
      knownIds = KnownIds.of(knownIdsFile);
      slices = new SliceFile.OnDemand(sliceDir);
    }

    @StartBundle
    public void startBundle() {
      packetBatches = PartitionEntry.batches();
      indexBatches = CheckCorpus.indexBatches();
      rejectBatches = Rejects.batches();
    }

    /** Reads the slices of the list of inputs ({@link InputFiles#inSlices}). */
    private transient SliceReader listing;

    /** Reads and parses the documents of each input listed in {@code listed}. */
    @ProcessElement
    public void process(@Element FileSlice listed, MultiOutputReceiver out) throws IOException {
      if (listing == null) {
        listing = new SliceReader();
      }
      for (String path : InputFiles.paths(listing.read(listed))) {
        processFile(path, out);
      }
    }

    private void processFile(String path, MultiOutputReceiver out) throws IOException {
      InputFiles.NotAFile marker = InputFiles.notAFile(path);
      if (marker != null) { // listed, never opened: a FIFO, a socket, a device, a link loop…
        documents.inc();
        unreadable.inc();
        rejected(reject(marker.path(), marker.reason(), marker.detail(), 0), out);
        return;
      }
      long size = 0;
      try {
        InputStream opened;
        if (path.startsWith("file:")) {
          // A name that is not valid UTF-8, listed by its URI: the bytes of the name, exactly.
          java.nio.file.Path file = java.nio.file.Path.of(java.net.URI.create(path));
          size = java.nio.file.Files.size(file);
          opened = java.nio.file.Files.newInputStream(file);
        } else {
          MatchResult.Metadata meta = FileSystems.matchSingleFileSpec(path);
          size = meta.sizeBytes();
          opened = Channels.newInputStream(FileSystems.open(meta.resourceId()));
        }
        try (InputStream in = opened;
            CrawlReader crawl = CrawlReader.open(path, in, format, limits, fields)) {
          while (crawl.hasNext()) {
            CrawlItem item = crawl.next();
            documents.inc();
            if (item instanceof CrawlItem.Doc doc) {
              parse(doc.document(), out);
            } else if (item instanceof CrawlItem.Failure f) {
              unreadable.inc();
              rejected(reject(f.sourceUri(), f.reason().name(), f.detail(), f.bytes()), out);
            }
          }
        }
      } catch (SliceFile.WriteFailure e) {
        throw e.getCause(); // the run's own temporary folder: an operational failure
      } catch (Exception e) {
        documents.inc();
        unreadable.inc();
        rejected(
            reject(
                path,
                RejectReason.UNREADABLE.name(),
                e.getClass().getName() + ": " + e.getMessage(),
                size),
            out);
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
        rejected(OutputRows.reject(rejected), out);
        return;
      }
      ParsedReport parsed;
      try {
        parsed = ParsedReport.of(document, (ReadOutcome.Accepted) outcome, runId);
      } catch (RuntimeException e) {
        rejects.inc();
        rejected(
            reject(
                document.sourceUri(),
                RejectReason.INTERNAL_ERROR.name(),
                e.getClass().getName() + ": " + e.getMessage(),
                document.bytes().length),
            out);
        return;
      }
      reports.inc();
      KV<String, PartitionEntry> entry =
          KV.of(
              parsed.rows().partition(),
              PartitionEntry.packet(document.sourceUri(), slices.get().append(parsed.packet())));
      KV<Integer, FileSlice> fullPackets = packetBatches.add(entry, slices);
      if (fullPackets != null) {
        out.get(PACKETS).output(fullPackets);
      }
      KV<Integer, FileSlice> fullIndex = indexBatches.add(parsed.index(), slices);
      if (fullIndex != null) {
        out.get(INDEX).output(fullIndex);
      }
    }

    /** A reject row, spilled in batches by {@link Rejects#group}. */
    private void rejected(RejectRecord row, MultiOutputReceiver out) {
      KV<Integer, FileSlice> full = rejectBatches.add(row, slices);
      if (full != null) {
        out.get(REJECTS).output(full);
      }
    }

    /** The bundle's packets and the rest of its batches are on disk before they move on. */
    @FinishBundle
    public void finishBundle(FinishBundleContext context) throws IOException {
      Instant time = BoundedWindow.TIMESTAMP_MIN_VALUE;
      for (KV<Integer, FileSlice> batch : packetBatches.finish(slices)) {
        context.output(PACKETS, batch, time, GlobalWindow.INSTANCE);
      }
      for (KV<Integer, FileSlice> batch : indexBatches.finish(slices)) {
        context.output(INDEX, batch, time, GlobalWindow.INSTANCE);
      }
      for (KV<Integer, FileSlice> batch : rejectBatches.finish(slices)) {
        context.output(REJECTS, batch, time, GlobalWindow.INSTANCE);
      }
      slices.close();
      packetBatches = null;
      indexBatches = null;
      rejectBatches = null;
    }

    @Teardown
    public void teardown() throws IOException {
      if (slices != null) {
        slices.close();
      }
      if (listing != null) {
        listing.close();
        listing = null;
      }
    }

    /**
     * A reject row of an input that is not a document; {@code reason} is a {@link RejectReason} or
     * a {@link ogireports.crawl.FailureReason} name (NOT_A_FILE is only the latter).
     */
    private static RejectRecord reject(String uri, String reason, String detail, long bytes) {
      return RejectRecord.newBuilder()
          .setSourceUri(uri)
          .setReason(reason)
          .setDetail(detail)
          .setBytes(bytes)
          .setHead(null)
          .setReportId(null)
          .setDuplicateOf(null)
          .build();
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
}
