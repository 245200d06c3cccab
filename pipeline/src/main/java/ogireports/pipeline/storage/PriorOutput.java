package ogireports.pipeline.storage;

import java.util.List;

/**
 * What an {@code --append} run adds to ({@link Append#prior}): the index files of the reports
 * already in the output, and a file listing their report ids (one per line), which are not parsed
 * again.
 */
public record PriorOutput(List<String> indexFiles, String knownIdsFile) {

  /** A run that replaces its output: nothing to add to. */
  public static final PriorOutput NONE = new PriorOutput(List.of(), null);
}
