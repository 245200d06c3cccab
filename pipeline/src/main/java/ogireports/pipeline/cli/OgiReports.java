package ogireports.pipeline.cli;

import java.io.PrintStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import ogireports.pipeline.graph.OgiReportsPipeline;
import ogireports.pipeline.graph.ParseDocuments;
import ogireports.pipeline.report.QualityReport;
import ogireports.pipeline.report.RunFacts;
import ogireports.pipeline.report.RunSummary;
import ogireports.pipeline.storage.Append;
import ogireports.pipeline.storage.HadoopStore;
import ogireports.pipeline.storage.InputFiles;
import ogireports.pipeline.storage.OutputFolder;
import ogireports.pipeline.storage.PriorOutput;
import ogireports.pipeline.storage.RejectFiles;
import ogireports.pipeline.storage.RunId;
import ogireports.pipeline.storage.UsageException;
import ogireports.pipeline.storage.Warehouse;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.hadoop.conf.Configuration;

/**
 * The launcher: {@code ogi-reports [--input=…] [--output=…] [--runner=…] [Beam options]} runs the
 * pipeline; {@code ogi-reports query "<SQL>"} queries an output folder.
 *
 * <p>Exit codes: 0 success; 1 operational failure (input matches nothing, output not writable, the
 * run failed); 2 usage error (unknown option, output folder that is not ours).
 */
public final class OgiReports {

  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;

  private OgiReports() {}

  public static void main(String[] args) {
    SnappyLibrary.useBeside(SnappyLibrary.productJar());
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the launcher and returns its exit code (tests call this directly). */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length > 0 && args[0].equals("query")) {
      return Query.run(Arrays.asList(args).subList(1, args.length), out, err);
    }
    if (args.length > 0 && args[0].equals("report")) {
      return ReportCommand.run(Arrays.asList(args).subList(1, args.length), out, err);
    }
    if (args.length > 0 && args[0].equals("evaluate")) {
      return Evaluate.run(Arrays.asList(args).subList(1, args.length), out, err);
    }
    if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
      printHelp(out);
      return OK;
    }
    args = aliases(args);
    String valueless = optionWithoutValue(args);
    if (valueless != null) {
      err.println(
          "ogi-reports: --"
              + valueless
              + " needs a value (--"
              + valueless
              + "=...); run ./ogi-reports --help for the options.");
      return USAGE;
    }
    OgiReportsOptions options;
    try {
      OptionsOnDemand.registerFor(args);
      options = PipelineOptionsFactory.fromArgs(args).withValidation().as(OgiReportsOptions.class);
    } catch (IllegalArgumentException e) {
      err.println("ogi-reports: " + optionsMessage(e.getMessage()));
      String hint = runnerHint(args, e);
      err.println(hint != null ? hint : "Run ./ogi-reports --help for the options.");
      return USAGE;
    }
    try {
      readingSettings(options);
      RunId.check(options.getRunId());
      if (options.getReparseOlder() && !options.getAppend()) {
        throw new IllegalArgumentException("--reparse-older goes with --append");
      }
      if (!IcebergOutput.HIVE.equals(options.getFormat())
          && !IcebergOutput.FORMAT.equals(options.getFormat())) {
        throw new IllegalArgumentException(
            "--format=" + options.getFormat() + ": the formats are hive and iceberg");
      }
      if (isIceberg(options) && options.getReparseOlder()) {
        throw new IllegalArgumentException(
            "--reparse-older rewrites files of earlier runs, which --format=iceberg keeps as the"
                + " tables' snapshots registered them; it works with --format=hive only");
      }
    } catch (IllegalArgumentException e) {
      err.println("ogi-reports: " + e.getMessage());
      return USAGE;
    }
    if (Arrays.stream(args).anyMatch(a -> a.startsWith("--maxParseMillis"))) {
      out.println(
          "ogi-reports: note: --maxParseMillis is now only a wall-clock watchdog of last resort (a"
              + " limit it reaches depends on the machine's speed); the parse budget counts work:"
              + " --maxParseSteps");
    }
    tuneDirectRunner(options, args);
    return runPipeline(options, out, err);
  }

  static int runPipeline(OgiReportsOptions options, PrintStream out, PrintStream err) {
    String startedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    // Beam's file systems (hdfs:// with --hdfsConfiguration, …) before anything is listed.
    FileSystems.setDefaultPipelineOptions(options);
    IcebergOutput iceberg = null;
    String target = options.getOutput();
    if (isIceberg(options)) {
      try {
        iceberg =
            IcebergOutput.prepare(
                options.getOutput(),
                options.getRunId(),
                hadoopConfiguration(options, options.getOutput()));
      } catch (UsageException e) {
        err.println("ogi-reports: " + e.getMessage());
        return USAGE;
      } catch (Exception e) {
        err.println("ogi-reports: cannot write --output=" + options.getOutput() + ": " + e);
        return FAILED;
      }
      target = iceberg.runFolder();
    }
    try {
      return run(options, target, iceberg, startedAt, out, err);
    } finally {
      if (iceberg != null) {
        iceberg.release();
      }
    }
  }

  private static int run(
      OgiReportsOptions options,
      String target,
      IcebergOutput iceberg,
      String startedAt,
      PrintStream out,
      PrintStream err) {
    List<String> inputs;
    InputFiles.Listing listing;
    try {
      listing =
          InputFiles.list(
              options.getInput(),
              options.getOutput(),
              hadoopConfiguration(options, options.getInput()));
      inputs = listing.entries();
    } catch (UsageException e) {
      err.println("ogi-reports: " + e.getMessage());
      return USAGE;
    } catch (Exception e) {
      err.println("ogi-reports: cannot list --input=" + options.getInput() + ": " + e.getMessage());
      return FAILED;
    }
    if (inputs.isEmpty()) {
      err.println("ogi-reports: --input=" + options.getInput() + " matches no file");
      return FAILED;
    }
    OutputFolder folder;
    try {
      folder =
          OutputFolder.prepare(
              target, options.getRunId(), hadoopConfiguration(options, options.getOutput()));
    } catch (UsageException e) {
      err.println("ogi-reports: " + e.getMessage());
      return USAGE;
    } catch (Exception e) {
      err.println("ogi-reports: cannot write --output=" + options.getOutput() + ": " + e);
      return FAILED;
    }
    int files = inputs.size();
    try {
      if (listing.matched() != null) {
        out.println("ogi-reports: " + listing.matched());
      }
      if (listing.excluded() > 0) {
        out.println(
            "ogi-reports: left out of the input: --output="
                + options.getOutput()
                + " (and its hidden working folders), which is inside --input");
      }
      out.println(
          "ogi-reports: reading "
              + listing.files()
              + (listing.files() == 1 ? " file" : " files")
              + " from "
              + options.getInput()
              + " on "
              + options.getRunner().getSimpleName()
              + (listing.notFiles() == 0
                  ? ""
                  : "; "
                      + listing.notFiles()
                      + " other "
                      + (listing.notFiles() == 1 ? "entry" : "entries")
                      + " (not regular files, or not readable) become rejects"));
      Append append =
          options.getAppend() && iceberg == null
              ? Append.prepare(folder, options.getReparseOlder())
              : null;
      PriorOutput prior = append == null ? PriorOutput.NONE : append.prior();
      if (iceberg != null && options.getAppend()) {
        prior =
            iceberg.prior(folder.store().child(folder.stagingLocation(), OutputFolder.TEMP_DIR));
      }
      Pipeline pipeline = Pipeline.create(options);
      OgiReportsPipeline.build(
          pipeline,
          readingSettings(options),
          options.getRunId(),
          inputs,
          folder.stagingLocation(),
          prior);
      inputs = null; // listed in the run's temporary folder now: a million paths are 100 MB of heap
      long t0 = System.nanoTime();
      PipelineResult result = pipeline.run();
      PipelineResult.State state = Progress.await(result, files, out, 5);
      long t1 = System.nanoTime();
      if (state != PipelineResult.State.DONE) {
        throw new IllegalStateException("the pipeline ended in state " + state);
      }
      RejectFiles.ensureFile(folder.store(), folder.stagingLocation(), options.getRunId());
      int replaced = append == null ? 0 : append.removeReplaced(options.getRunId());
      Long documents = Progress.documentsRead(result);
      RunFacts run =
          facts(
              options,
              documents,
              files,
              prior == PriorOutput.NONE ? null : Progress.alreadyInOutput(result),
              startedAt,
              Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
      if (iceberg != null) {
        return publishIceberg(options, folder, iceberg, run, t0, t1, out, err);
      }
      if (!folder.isLocal()) {
        return publishRemote(options, folder, run, t0, t1, out);
      }
      RunSummary summary;
      long t2;
      releaseHeap();
      try (Warehouse output = RunSummary.openOutput(folder.staging())) {
        summary = RunSummary.compute(output, folder.staging(), run);
        summary.accounted().requireBalanced("the previous output is kept");
        if (append != null && options.getReparseOlder()) {
          summary.reparsed(append.olderReports(), replaced);
        }
        summary.write(folder.staging());
        t2 = System.nanoTime();
        QualityReport.write(folder.staging(), output);
      }
      long t3 = System.nanoTime();
      folder.commit();
      out.print(summary.forHumans(folder.target()));
      out.printf(
          "  time             pipeline %.1f s, summary %.1f s, quality report %.1f s%n",
          (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
      return OK;
    } catch (UsageException e) {
      folder.abandon();
      err.println("ogi-reports: " + e.getMessage());
      return USAGE;
    } catch (Exception e) {
      folder.abandon();
      err.println("ogi-reports: the run failed, the output folder is unchanged: " + describe(e));
      return FAILED;
    }
  }

  /**
   * The end of a {@code --format=iceberg} run: the run's summary written into its folder, the run
   * folder published (a new folder: nothing reads it yet), then the commit to the tables, which is
   * what readers see. A failure before the commit leaves the tables as they were and the run folder
   * as an orphan no table reads.
   */
  private static int publishIceberg(
      OgiReportsOptions options,
      OutputFolder folder,
      IcebergOutput iceberg,
      RunFacts run,
      long t0,
      long t1,
      PrintStream out,
      PrintStream err)
      throws Exception {
    Long already = run.alreadyInOutput();
    String printed;
    if (folder.isLocal()) {
      RunSummary summary;
      try (Warehouse output = RunSummary.openOutput(folder.staging())) {
        summary = RunSummary.compute(output, folder.staging(), run);
        summary.accounted().requireBalanced("the tables are unchanged");
        summary.write(folder.staging());
        if (already == null) {
          // the run folder holds the whole output
          QualityReport.write(folder.staging(), output);
        }
      }
      // The run folder holds this run's files only: the totals are the tables'.
      printed =
          summary
              .forHumans(folder.target())
              .lines()
              .filter(l -> !l.startsWith("  output now"))
              .map(l -> l + "\n")
              .reduce("", String::concat);
    } else {
      RemoteSummary summary =
          RemoteSummary.compute((HadoopStore) folder.store(), folder.stagingLocation(), run);
      summary.accounted().requireBalanced("the tables are unchanged");
      summary.write((HadoopStore) folder.store(), folder.stagingLocation());
      printed = summary.forHumans(folder.targetLocation());
    }
    folder.commit(); // the run folder, new: from here on it stays, whatever happens
    long t2 = System.nanoTime();
    List<ogireports.pipeline.iceberg.IcebergTables.Commit> commits;
    try {
      commits = iceberg.commit(options.getRunId(), options.getAppend());
    } catch (Exception e) {
      err.println(
          "ogi-reports: the Iceberg commit failed: "
              + describe(e)
              + "\n  "
              + iceberg.committedSoFar(options.getRunId())
              + "\n  the run's files stay in "
              + folder.targetLocation()
              + " (no table reads them unless named above)");
      return FAILED;
    }
    long t3 = System.nanoTime();
    out.print(printed);
    out.print(iceberg.forHumans(commits));
    try {
      List<String> removed = iceberg.removeUnreferencedRuns(options.getRunId());
      if (!removed.isEmpty()) {
        out.println(
            "  removed          run folders no snapshot reads: " + String.join(", ", removed));
      }
    } catch (Exception e) {
      out.println("  note             old run folders not cleaned up: " + describe(e));
    }
    out.printf(
        "  time             pipeline %.1f s, summary %.1f s, commit %.1f s%n",
        (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
    return OK;
  }

  static boolean isIceberg(OgiReportsOptions options) {
    return IcebergOutput.FORMAT.equals(options.getFormat());
  }

  /**
   * The end of a run whose output is on a Hadoop file system, which DuckDB cannot read: the summary
   * from what the launcher counts ({@link RemoteSummary}), no quality report (the run says how to
   * make it), and the same publish.
   */
  private static int publishRemote(
      OgiReportsOptions options,
      OutputFolder folder,
      RunFacts run,
      long t0,
      long t1,
      PrintStream out)
      throws java.io.IOException {
    HadoopStore store = (HadoopStore) folder.store();
    RemoteSummary summary = RemoteSummary.compute(store, folder.stagingLocation(), run);
    summary.accounted().requireBalanced("the previous output is kept");
    summary.write(store, folder.stagingLocation());
    long t2 = System.nanoTime();
    folder.commit();
    out.print(summary.forHumans(folder.targetLocation()));
    out.println("  quality report   not made: " + RemoteSummary.NO_QUALITY_REPORT);
    out.printf(
        "  time             pipeline %.1f s, summary %.1f s%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    return OK;
  }

  /** The Hadoop configuration for a location, from {@code --hdfsConfiguration}. */
  /** What the launcher knows of a finished run, for its summary. */
  private static RunFacts facts(
      OgiReportsOptions options,
      Long documents,
      long files,
      Long alreadyInOutput,
      String startedAt,
      String finishedAt) {
    return new RunFacts(
        options.getRunId(),
        options.getRunner().getSimpleName(),
        options.getInput(),
        documents != null ? documents : files,
        files,
        alreadyInOutput,
        startedAt,
        finishedAt);
  }

  static Configuration hadoopConfiguration(OgiReportsOptions options, String location) {
    return ogireports.pipeline.storage.Store.isLocal(location)
        ? null
        : HadoopStore.configuration(options.getHdfsConfiguration(), location);
  }

  /**
   * How documents are read, from the options, checked once here on the launching machine.
   *
   * @throws IllegalArgumentException naming the option that is wrong
   */
  public static ParseDocuments.Settings readingSettings(OgiReportsOptions o) {
    return new ParseDocuments.Settings(
            o.getInputFormat(),
            o.getJsonlFields(),
            o.getMaxDocumentBytes(),
            o.getMaxArchiveBytes(),
            o.getMaxCompressionRatio(),
            o.getMaxParseSteps(),
            o.getMaxParseMillis())
        .checked();
  }

  /**
   * Real runs on the DirectRunner skip its element checks (tests keep them on) and use every core,
   * unless the user set those options.
   */
  static void tuneDirectRunner(OgiReportsOptions options, String[] args) {
    if (!DirectRunner.class.equals(options.getRunner())) {
      return;
    }
    DirectOptions direct = options.as(DirectOptions.class);
    String all = String.join(" ", args);
    if (!all.contains("--enforceImmutability")) {
      direct.setEnforceImmutability(false);
    }
    if (!all.contains("--enforceEncodability")) {
      direct.setEnforceEncodability(false);
    }
    if (!all.contains("--targetParallelism")) {
      direct.setTargetParallelism(Runtime.getRuntime().availableProcessors());
    }
    if (!all.contains("--blockOnRun")) {
      direct.setBlockOnRun(false); // so the launcher can print progress while it runs
    }
  }

  /** What to do when the runner asked for is not in this jar: the build that adds it. */
  static String runnerHint(String[] args, IllegalArgumentException e) {
    String message = String.valueOf(e.getMessage());
    if (!message.contains("runner")) {
      return null;
    }
    for (String a : args) {
      String lower = a.toLowerCase(java.util.Locale.ROOT);
      if (lower.startsWith("--runner=spark")) {
        return "The Spark runner is not in this build. Build it with\n"
            + "  mvn -Pspark -DskipTests package\n"
            + "then run ./ogi-reports --runner=SparkRunner --sparkMaster='local[2]' again.";
      }
      if (lower.startsWith("--runner=dataflow")) {
        return "The Dataflow runner is not in this build. Build it with\n"
            + "  mvn -Pdataflow -DskipTests package";
      }
      if (lower.startsWith("--runner=")) {
        return "This build has the runners DirectRunner (default) and FlinkRunner; SparkRunner and"
            + " DataflowRunner need a build with -Pspark or -Pdataflow (see README).";
      }
    }
    return null;
  }

  /** Beam spells options in camelCase; {@code --reparse-older} is accepted too. */
  private static String[] aliases(String[] args) {
    return Arrays.stream(args)
        .map(
            a ->
                a.equals("--reparse-older") || a.startsWith("--reparse-older=")
                    ? "--reparseOlder" + a.substring("--reparse-older".length())
                    : a)
        .toArray(String[]::new);
  }

  /** Beam's "Class interface … missing a property named 'x'" in the command line's words. */
  private static final java.util.regex.Pattern UNKNOWN_OPTION =
      java.util.regex.Pattern.compile(
          "Class interface \\S+ missing a property named '([^']+)'\\.(?:\\s*Did you mean"
              + " '([^']+)'\\?)?.*",
          java.util.regex.Pattern.DOTALL);

  /**
   * Beam's message on the options, with an unknown option named as the user typed it ({@code
   * unknown option --inptu; did you mean --input?}) rather than by the interface that lacks it.
   */
  static String optionsMessage(String message) {
    java.util.regex.Matcher m = message == null ? null : UNKNOWN_OPTION.matcher(message);
    if (m == null || !m.matches()) {
      return message;
    }
    return "unknown option --"
        + m.group(1)
        + (m.group(2) != null ? "; did you mean --" + m.group(2) + "?" : "");
  }

  /**
   * The first option of {@link OgiReportsOptions} that takes a value but is given none, or null.
   * Beam reads {@code --output} alone as the text "true" and {@code --input=} as the empty text: a
   * run would write into a folder named {@code true}, or read the whole working folder.
   */
  static String optionWithoutValue(String[] args) {
    java.util.Set<String> valued = new java.util.HashSet<>();
    for (java.lang.reflect.Method m : OgiReportsOptions.class.getDeclaredMethods()) {
      Class<?> type = m.getReturnType();
      if (m.getName().startsWith("get")
          && m.getParameterCount() == 0
          && type != boolean.class
          && type != Boolean.class) {
        valued.add(Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4));
      }
    }
    for (String a : args) {
      if (!a.startsWith("--")) {
        continue;
      }
      int eq = a.indexOf('=');
      String name = eq < 0 ? a.substring(2) : a.substring(2, eq);
      if (valued.contains(name) && (eq < 0 || a.substring(eq + 1).isBlank())) {
        return name;
      }
    }
    return null;
  }

  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == e ? e.toString() : e + " (caused by " + root + ")";
  }

  /**
   * One entry per option of {@link OgiReportsOptions}: its spelling on the command line, its
   * description and its default as a user reads it (never a class name).
   */
  static List<String> optionLines() {
    List<String> lines = new java.util.ArrayList<>();
    java.lang.reflect.Method[] methods = OgiReportsOptions.class.getDeclaredMethods();
    java.util.Arrays.sort(
        methods, java.util.Comparator.comparing(java.lang.reflect.Method::getName));
    List<String> order =
        List.of(
            "getInput",
            "getOutput",
            "getFormat",
            "getInputFormat",
            "getJsonlFields",
            "getMaxDocumentBytes",
            "getMaxArchiveBytes",
            "getMaxCompressionRatio",
            "getMaxParseSteps",
            "getMaxParseMillis",
            "getRunId",
            "getAppend",
            "getReparseOlder");
    java.util.Arrays.sort(
        methods,
        java.util.Comparator.comparingInt(
            m -> {
              int i = order.indexOf(m.getName());
              return i < 0 ? order.size() : i;
            }));
    for (java.lang.reflect.Method m : methods) {
      if (!m.getName().startsWith("get") || m.getParameterCount() != 0) {
        continue;
      }
      String name = Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4);
      boolean flag = m.getReturnType() == Boolean.class || m.getReturnType() == boolean.class;
      String option =
          "--"
              + (name.equals("reparseOlder") ? "reparse-older" : name)
              + (flag ? "" : "=" + placeholder(m));
      org.apache.beam.sdk.options.Description d =
          m.getAnnotation(org.apache.beam.sdk.options.Description.class);
      String text = d == null ? "" : d.value();
      String dflt = defaultText(m);
      if (dflt != null && !text.contains("Default:")) {
        text = text + " Default: " + dflt + ".";
      }
      lines.add(String.format("  %-32s %s", option, text));
    }
    return lines;
  }

  private static String placeholder(java.lang.reflect.Method m) {
    Class<?> t = m.getReturnType();
    return t == Long.class || t == Integer.class || t == Double.class ? "N" : "VALUE";
  }

  private static String defaultText(java.lang.reflect.Method m) {
    if (m.getAnnotation(org.apache.beam.sdk.options.Default.String.class) != null) {
      String v = m.getAnnotation(org.apache.beam.sdk.options.Default.String.class).value();
      return v.isEmpty() ? null : v;
    }
    if (m.getAnnotation(org.apache.beam.sdk.options.Default.Long.class) != null) {
      long v = m.getAnnotation(org.apache.beam.sdk.options.Default.Long.class).value();
      return v >= 1 << 20 && v % (1 << 20) == 0
          ? v + " (" + (v % (1L << 30) == 0 ? (v >> 30) + " GiB" : (v >> 20) + " MiB") + ")"
          : Long.toString(v);
    }
    if (m.getAnnotation(org.apache.beam.sdk.options.Default.Double.class) != null) {
      double v = m.getAnnotation(org.apache.beam.sdk.options.Default.Double.class).value();
      return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
    if (m.getAnnotation(org.apache.beam.sdk.options.Default.Boolean.class) != null) {
      return null; // a flag: off unless given
    }
    return null; // a computed default: the description says what it is
  }

  private static void printHelp(PrintStream out) {
    out.println(
        "ogi-reports: government information-disclosure annual reports to Parquet datasets.");
    out.println();
    out.println("Usage:");
    out.println(
        "  ./ogi-reports [--input=FILE|FOLDER|GLOB] [--output=DIR] [--runner=RUNNER] [Beam"
            + " options]");
    out.println("  ./ogi-reports query \"<SQL>\" [--output=DIR]");
    out.println("  ./ogi-reports evaluate --expected=FILE.jsonl [--input=DIR]");
    out.println(
        "  ./ogi-reports report [--output=DIR]   summary and quality report of a local copy");
    out.println();
    out.println("Exit codes: 0 success, 1 operational failure, 2 usage error.");
    out.println("JAVA_OPTS sets JVM options (default: -Xmx1280m -XX:+UseSerialGC).");
    out.println();
    out.println("Options:");
    for (String line : optionLines()) {
      out.println(line);
    }
    out.println();
    out.println(
        "  --runner=RUNNER                 DirectRunner (default) or FlinkRunner; SparkRunner and");
    out.println(
        "                                  DataflowRunner with their build profiles (see README)");
    out.println("  --parallelism=N, --flinkMaster=HOST:PORT, --sparkMaster=URL   runner options");
    out.println(
        "  --hdfsConfiguration='[{\"fs.defaultFS\":\"hdfs://HOST:PORT\"}]'   how to reach HDFS, for"
            + " --input,");
    out.println(
        "                                  --output and --tempLocation on hdfs:// (see README)");
    out.println();
    out.println(
        "Every Beam option applies too; --help=<OptionsInterface> lists those of one interface,");
    out.println("e.g. --help=org.apache.beam.runners.direct.DirectOptions.");
  }

  /**
   * Before DuckDB starts on the summary, a full collection that also gives the free heap back: the
   * heap the pipeline grew staying resident beside DuckDB's memory was the peak of a million-report
   * run. The serial collector keeps up to {@code MaxHeapFreeRatio} (70%) of the heap free after a
   * collection, so it is lowered first (the flag can be changed while the JVM runs; the launcher
   * also turns off {@code ShrinkHeapInSteps}, which would give back nothing at a first collection):
   * a million reports on Flink left 151 of 730 MB in use and all 730 resident. A heap that never
   * grew past 512 MB (the bundled samples, a few thousand reports) has little to give back, and the
   * collection was 70 ms of the samples run. A JVM without these flags just collects.
   */
  private static void releaseHeap() {
    if (Runtime.getRuntime().totalMemory() <= 512L << 20) {
      return;
    }
    try {
      com.sun.management.HotSpotDiagnosticMXBean vm =
          java.lang.management.ManagementFactory.getPlatformMXBean(
              com.sun.management.HotSpotDiagnosticMXBean.class);
      vm.setVMOption("MinHeapFreeRatio", "0");
      vm.setVMOption("MaxHeapFreeRatio", "10");
    } catch (RuntimeException | LinkageError e) {
      // not HotSpot, or the flags are not writable: the collection alone
    }
    System.gc();
  }
}
