package ogireports.pipeline.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list of inputs goes through its slices unchanged, in order, a few paths a slice. */
class InputSlicesTest {

  @TempDir Path dir;

  private List<String> roundTrip(List<String> inputs, int expectedSlices) throws IOException {
    List<FileSlice> slices = InputSlices.inSlices(inputs, dir.toString());
    assertEquals(expectedSlices, slices.size());
    List<String> back = new ArrayList<>();
    try (SliceReader reader = new SliceReader()) {
      for (FileSlice s : slices) {
        back.addAll(InputSlices.paths(reader.read(s)));
      }
    }
    return back;
  }

  @Test
  void fewInputsGoOneASliceSoThatEveryWorkerGetsSome() throws IOException {
    List<String> inputs = List.of("/a/crawl-1.warc.gz", "/a/crawl-2.warc.gz", "/a/dump.jsonl");
    assertEquals(inputs, roundTrip(inputs, 3));
  }

  @Test
  void manyInputsGoAtMostAHundredASlice() throws IOException {
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < 10_001; i++) {
      inputs.add("/corpus/" + i + ".txt");
    }
    assertEquals(inputs, roundTrip(inputs, 101));
  }

  @Test
  void namesWithNewlinesTabsSpacesAndChineseSurvive() throws IOException {
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      inputs.add("/报告/第" + i + "份\n年度 报告\t.txt");
    }
    inputs.add("/报告/ends-with-newline\n");
    inputs.add("/报告/empty-next");
    // 202 paths, 3 a slice
    assertEquals(inputs, roundTrip(inputs, 68));
  }
}
