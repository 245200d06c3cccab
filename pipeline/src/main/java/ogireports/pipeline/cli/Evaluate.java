package ogireports.pipeline.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import ogireports.document.ReportReader;
import ogireports.evaluation.Evaluation;
import ogireports.places.PlaceResolver;

/**
 * {@code ogi-reports evaluate --expected=FILE.jsonl [--expected=…] [--input=DIR]}: reads every
 * input that a labelled record names with the pipeline's own reader and prints per-field accuracy
 * and every miss, then the values read for fields a record leaves null (not scored). Exit code 0
 * only when every scored field of every record is right, 1 otherwise, 2 on a usage error.
 */
final class Evaluate {

  /** Values read for unlabelled fields listed at most (label files that label only some fields). */
  private static final int UNLABELLED_SHOWN = 20;

  private Evaluate() {}

  static int run(List<String> args, PrintStream out, PrintStream err) {
    List<String> expectedFiles = new java.util.ArrayList<>();
    String input = null;
    for (String a : args) {
      if (a.startsWith("--expected=")) {
        expectedFiles.add(a.substring("--expected=".length()));
      } else if (a.startsWith("--input=")) {
        input = a.substring("--input=".length());
      } else {
        err.println("ogi-reports evaluate: unknown argument " + a);
        return usage(err);
      }
    }
    if (expectedFiles.isEmpty()) {
      return usage(err);
    }
    ReportReader reader = new ReportReader(PlaceResolver.fromClasspath());
    Evaluation evaluation = new Evaluation();
    List<String> folders = new java.util.ArrayList<>();
    for (String expectedFile : expectedFiles) {
      Path expectedPath = Path.of(expectedFile);
      if (!Files.isRegularFile(expectedPath)) {
        err.println("ogi-reports evaluate: no file " + expectedPath);
        return 2;
      }
      Path dir = input == null ? null : Path.of(input);
      if (dir != null && !Files.isDirectory(dir)) {
        err.println("ogi-reports evaluate: --input must be a folder: " + dir);
        return 2;
      }
      try {
        folders.add(evaluation.scoreAll(expectedPath, dir, reader).toString());
      } catch (RuntimeException e) {
        err.println("ogi-reports evaluate: " + e.getMessage());
        return 2;
      }
    }
    out.println(
        "ogi-reports evaluate: "
            + evaluation.inputs()
            + " labelled inputs in "
            + String.join(", ", folders));
    out.println();
    out.print(evaluation.table());
    if (!evaluation.misses().isEmpty()) {
      out.println();
      out.println("misses:");
      evaluation.misses().forEach(m -> out.println("  " + m));
    }
    if (!evaluation.unlabelledValues().isEmpty()) {
      out.println();
      out.println(
          "read where the label has no value (not scored; a value the text does not determine");
      out.println("should stay null):");
      List<Evaluation.Miss> read = evaluation.unlabelledValues();
      read.stream().limit(UNLABELLED_SHOWN).forEach(m -> out.println("  " + m));
      if (read.size() > UNLABELLED_SHOWN) {
        out.println("  … and " + (read.size() - UNLABELLED_SHOWN) + " more");
      }
    }
    return evaluation.allRight() ? 0 : 1;
  }

  private static int usage(PrintStream err) {
    err.println("usage: ogi-reports evaluate --expected=FILE.jsonl [--expected=…] [--input=DIR]");
    err.println("  DIR holds the files the records name (default: the folder of each FILE.jsonl)");
    return 2;
  }
}
