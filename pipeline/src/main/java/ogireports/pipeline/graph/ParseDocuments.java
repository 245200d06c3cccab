package ogireports.pipeline.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
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
import ogireports.output.ReportOutput;
import ogireports.output.ReportPacket;
import ogireports.pipeline.storage.InputFiles;
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
 * of documents that cannot be used. All three leave as {@link SpilledBatch spilled batches} of up
 * to {@value Spill#BATCH_SIZE}, by write group, by bucket and by reject group, written to the same
 * slice file: on the DirectRunner a shuffle costs per element (one element per report cost a third
 * of the run), and every runner holds what it shuffles in memory.
 *
 * <p>In: the {@link InputSlices slices of the list of inputs}. Out: {@link #PACKET_ENTRIES}, {@link
 * #INDEX_ENTRIES}, {@link #REJECT_ROWS}.
 */
public final class ParseDocuments extends PTransform<PCollection<FileSlice>, PCollectionTuple> {

  /**
   * Where each report's packet waits: entries with their partition ({@link PartitionEntry#packet}),
   * in batches keyed by {@link PartitionEntry#writeGroup write group}.
   */
  public static final TupleTag<KV<Integer, SpilledBatch<KV<String, PartitionEntry>>>>
      PACKET_ENTRIES = new TupleTag<>("packets") {};

  /**
   * The reports' index entries for the checks across documents, in batches keyed by bucket ({@link
   * CheckCorpus#indexBatches}).
   */
  public static final TupleTag<KV<Integer, SpilledBatch<ReportIndex>>> INDEX_ENTRIES =
      new TupleTag<>("index") {};

  /**
   * The reject rows of documents that cannot be used, in batches keyed by {@link RejectFiles#group
   * reject group}.
   */
  public static final TupleTag<KV<Integer, SpilledBatch<RejectRecord>>> REJECT_ROWS =
      new TupleTag<>("rejects") {};

  /** The counter of documents an {@code --append} run found in the output already. */
  public static final String ALREADY_IN_OUTPUT = "already_in_output";

  private final Settings settings;
  private final String runId;
  private final String sliceDir;
  private final String knownIdsFile;
  private final boolean nativeSha256;

  /** The reading options, checked once on the launching machine ({@link #checked}). */
  public record Settings(
      String inputFormat,
      String jsonlFields,
      long maxDocumentBytes,
      long maxArchiveBytes,
      double maxRatio,
      long maxParseSteps,
      long maxParseMillis)
      implements java.io.Serializable {

    /**
     * These settings, once the input format and the JSON Lines field names are known good.
     *
     * @throws IllegalArgumentException naming the option that is wrong
     */
    public Settings checked() {
      format();
      fields();
      return this;
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
   * @param nativeSha256 whether a worker without the optimising compiler hashes documents with
   *     BoringSSL ({@link QuickCompilerSha256}): a run of enough documents to pay for loading it
   */
  ParseDocuments(
      Settings settings, String runId, String sliceDir, String knownIdsFile, boolean nativeSha256) {
    this.settings = settings;
    this.runId = runId;
    this.sliceDir = sliceDir;
    this.knownIdsFile = knownIdsFile;
    this.nativeSha256 = nativeSha256;
  }

  @Override
  public PCollectionTuple expand(PCollection<FileSlice> inputSlices) {
    PCollectionTuple out =
        inputSlices.apply(
            "ParseFile",
            ParDo.of(new ParseFileFn(settings, runId, sliceDir, knownIdsFile, nativeSha256))
                .withOutputTags(PACKET_ENTRIES, TupleTagList.of(INDEX_ENTRIES).and(REJECT_ROWS)));
    out.get(PACKET_ENTRIES).setCoder(SpilledBatch.keyedCoder());
    out.get(INDEX_ENTRIES).setCoder(SpilledBatch.keyedCoder());
    out.get(REJECT_ROWS).setCoder(SpilledBatch.keyedCoder());
    return out;
  }

  static final class ParseFileFn
      extends DoFn<FileSlice, KV<Integer, SpilledBatch<KV<String, PartitionEntry>>>> {
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
    private final boolean nativeSha256;
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

    ParseFileFn(
        Settings settings,
        String runId,
        String sliceDir,
        String knownIdsFile,
        boolean nativeSha256) {
      this.settings = settings;
      this.runId = runId;
      this.sliceDir = sliceDir;
      this.knownIdsFile = knownIdsFile;
      this.nativeSha256 = nativeSha256;
    }

    @Setup
    public void setup() {
      if (nativeSha256) {
        QuickCompilerSha256.installIfQuickCompilerOnly(); // before this thread's first digest
      }
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
      rejectBatches = WriteRejects.batches();
    }

    /** Reads the slices of the list of inputs ({@link InputSlices#inSlices}). */
    private transient SliceReader listing;

    /** Reads and parses the documents of each input listed in {@code listed}. */
    @ProcessElement
    public void process(@Element FileSlice listed, MultiOutputReceiver out) throws IOException {
      if (listing == null) {
        listing = new SliceReader();
      }
      for (String path : InputSlices.paths(listing.read(listed))) {
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
            if (item instanceof CrawlItem.Readable doc) {
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
      ReadOutcome outcome;
      if (knownIds.isEmpty()) {
        outcome = reader.read(document);
      } else { // an --append run
        String reportId = ReportReader.sha256(document.bytes());
        if (knownIds.contains(reportId)) {
          alreadyInOutput.inc(); // this report is in the output already
          return;
        }
        outcome = reader.read(document, reportId);
      }
      if (outcome instanceof ReadOutcome.Rejected rejected) {
        rejects.inc();
        rejected(OutputRows.reject(rejected), out);
        return;
      }
      ReportOutput parsed;
      try {
        parsed = ReportOutput.of(document, (ReadOutcome.Accepted) outcome, runId);
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
      KV<Integer, SpilledBatch<KV<String, PartitionEntry>>> fullPackets =
          packetBatches.add(entry, slices);
      if (fullPackets != null) {
        out.get(PACKET_ENTRIES).output(fullPackets);
      }
      KV<Integer, SpilledBatch<ReportIndex>> fullIndex = indexBatches.add(parsed.index(), slices);
      if (fullIndex != null) {
        out.get(INDEX_ENTRIES).output(fullIndex);
      }
    }

    /** A reject row, spilled in batches by {@link RejectFiles#group}. */
    private void rejected(RejectRecord row, MultiOutputReceiver out) {
      KV<Integer, SpilledBatch<RejectRecord>> full = rejectBatches.add(row, slices);
      if (full != null) {
        out.get(REJECT_ROWS).output(full);
      }
    }

    /** The bundle's packets and the rest of its batches are on disk before they move on. */
    @FinishBundle
    public void finishBundle(FinishBundleContext context) throws IOException {
      Instant time = BoundedWindow.TIMESTAMP_MIN_VALUE;
      for (KV<Integer, SpilledBatch<KV<String, PartitionEntry>>> batch :
          packetBatches.finish(slices)) {
        context.output(PACKET_ENTRIES, batch, time, GlobalWindow.INSTANCE);
      }
      for (KV<Integer, SpilledBatch<ReportIndex>> batch : indexBatches.finish(slices)) {
        context.output(INDEX_ENTRIES, batch, time, GlobalWindow.INSTANCE);
      }
      for (KV<Integer, SpilledBatch<RejectRecord>> batch : rejectBatches.finish(slices)) {
        context.output(REJECT_ROWS, batch, time, GlobalWindow.INSTANCE);
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
