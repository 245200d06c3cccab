package ogireports.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import ogireports.beam.FileSlice;
import ogireports.beam.SliceFile;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;

/**
 * Expands {@code --input} into the list of documents, on the launching machine: a file, a folder
 * read recursively, or a glob. Done once before the pipeline starts, so the per-document path has
 * no file-matching shuffle and the input count is known for the summary check.
 */
final class InputFiles {

  private InputFiles() {}

  /** The documents named by {@code spec}, sorted; empty when it matches nothing. */
  static List<String> expand(String spec) throws IOException {
    if (!hasGlob(spec) && !spec.contains("://")) {
      Path path = Path.of(spec);
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path, FileVisitOption.FOLLOW_LINKS)) {
          return walk.filter(Files::isRegularFile)
              .map(p -> p.toAbsolutePath().normalize().toString())
              .sorted()
              .toList();
        }
      }
      if (Files.isRegularFile(path)) {
        return List.of(path.toAbsolutePath().normalize().toString());
      }
      return List.of();
    }
    MatchResult match = FileSystems.match(spec, EmptyMatchTreatment.ALLOW);
    if (match.status() == MatchResult.Status.NOT_FOUND) {
      return List.of();
    }
    List<String> files = new ArrayList<>();
    for (MatchResult.Metadata m : match.metadata()) {
      if (!m.resourceId().isDirectory()) {
        files.add(m.resourceId().toString());
      }
    }
    files.sort(null);
    return files;
  }

  /**
   * Most documents one element of the pipeline's first step lists. Fewer when there are few
   * inputs, so that even a handful of archives spread over the workers.
   */
  static final int MOST_PER_SLICE = 100;

  /** Between the paths of a slice: NUL, the one character no file name holds. */
  private static final String SEPARATOR = "\0";

  /**
   * Writes the list of inputs to a slice file in {@code dir}, a few paths a slice: the pipeline
   * starts from these slices, not from a shuffled element per document (a million paths held by
   * the runner were a few hundred MB of heap for the whole run).
   */
  static List<FileSlice> inSlices(List<String> inputs, String dir) throws IOException {
    int perSlice = Math.max(1, Math.min(MOST_PER_SLICE, inputs.size() / 64));
    List<FileSlice> slices = new ArrayList<>();
    try (SliceFile file = SliceFile.create(dir)) {
      for (int i = 0; i < inputs.size(); i += perSlice) {
        String paths = String.join(SEPARATOR, inputs.subList(i, Math.min(inputs.size(), i + perSlice)));
        slices.add(file.append(paths.getBytes(StandardCharsets.UTF_8)));
      }
    }
    return slices;
  }

  /** The paths in a slice written by {@link #inSlices}. */
  static List<String> paths(byte[] slice) {
    return List.of(new String(slice, StandardCharsets.UTF_8).split(SEPARATOR, -1));
  }

  private static boolean hasGlob(String spec) {
    return spec.indexOf('*') >= 0 || spec.indexOf('?') >= 0 || spec.indexOf('[') >= 0 || spec.indexOf('{') >= 0;
  }
}
