package ogireports.pipeline;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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

  private static boolean hasGlob(String spec) {
    return spec.indexOf('*') >= 0 || spec.indexOf('?') >= 0 || spec.indexOf('[') >= 0 || spec.indexOf('{') >= 0;
  }
}
