package ogireports.pipeline.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The list of inputs as the graph starts from it: the documents {@code --input} names ({@link
 * ogireports.pipeline.storage.InputFiles#list}), written to a slice file of the run's temporary
 * folder a few paths a slice, so that the first collection holds a {@link FileSlice} per few paths
 * rather than a path per document.
 */
public final class InputSlices {

  private InputSlices() {}

  /**
   * Most documents one element of the pipeline's first step lists. Fewer when there are few inputs,
   * so that even a handful of archives spread over the workers.
   */
  static final int MOST_PER_SLICE = 100;

  /** Between the paths of a slice: NUL, the one character no file name holds. */
  private static final String SEPARATOR = "\0";

  /**
   * Writes the list of inputs to a slice file in {@code dir}, a few paths a slice: the pipeline
   * starts from these slices, not from a shuffled element per document (a million paths held by the
   * runner were a few hundred MB of heap for the whole run).
   */
  public static List<FileSlice> inSlices(List<String> inputs, String dir) throws IOException {
    int perSlice = Math.max(1, Math.min(MOST_PER_SLICE, inputs.size() / 64));
    List<FileSlice> slices = new ArrayList<>();
    try (SliceFile file = SliceFile.create(dir)) {
      for (int i = 0; i < inputs.size(); i += perSlice) {
        String paths =
            String.join(SEPARATOR, inputs.subList(i, Math.min(inputs.size(), i + perSlice)));
        slices.add(file.append(paths.getBytes(StandardCharsets.UTF_8)));
      }
    }
    return slices;
  }

  /** The paths in a slice written by {@link #inSlices}. */
  static List<String> paths(byte[] slice) {
    return List.of(new String(slice, StandardCharsets.UTF_8).split(SEPARATOR, -1));
  }
}
