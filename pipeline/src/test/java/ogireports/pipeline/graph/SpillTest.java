package ogireports.pipeline.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.values.KV;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packets and spilled batches written to a slice file come back as they were. */
class SpillTest {

  @TempDir Path dir;

  @Test
  void packetsAndBatchesInOneFileComeBackByTheirSlices() throws IOException {
    List<KV<String, PartitionEntry>> entries = new ArrayList<>();
    FileSlice packet;
    SpilledBatch<KV<String, PartitionEntry>> batch;
    SpilledBatch<String> strings;
    SpilledBatch<byte[]> flags;
    try (SliceFile file = SliceFile.create(dir.toString())) {
      packet = file.append("第一个报告".getBytes(StandardCharsets.UTF_8));
      entries.add(KV.of("province=北京市/year=2023", PartitionEntry.packet("a.txt", packet)));
      entries.add(
          KV.of("province=北京市/year=2023", PartitionEntry.duplicate("b.txt", "id-a", "a.txt")));
      flags = Spill.write(List.of(new byte[] {1, 2, 3}, new byte[] {4}), ByteArrayCoder.of(), file);
      entries.add(KV.of("province=河北省/year=2022", PartitionEntry.crossDocumentFlags(flags)));
      batch = Spill.write(entries, PartitionEntry.KEYED_CODER, file);
      strings = Spill.write(List.of("x", "", "政府信息公开"), StringUtf8Coder.of(), file);
    }
    assertEquals(0, packet.offset());
    assertEquals(15, packet.length());
    assertEquals(15, flags.slice().offset());
    assertEquals(flags.slice().offset() + flags.slice().length(), batch.slice().offset());
    assertEquals(batch.slice().offset() + batch.slice().length(), strings.slice().offset());
    try (SliceReader reader = new SliceReader()) {
      assertEquals(List.of("x", "", "政府信息公开"), Spill.read(strings, StringUtf8Coder.of(), reader));
      List<KV<String, PartitionEntry>> back = Spill.read(batch, PartitionEntry.KEYED_CODER, reader);
      assertEquals(entries, back);
      assertEquals(packet, back.get(0).getValue().slice());
      List<byte[]> rows =
          Spill.read(back.get(2).getValue().flagRows(), ByteArrayCoder.of(), reader);
      assertArrayEquals(new byte[] {1, 2, 3}, rows.get(0));
      assertArrayEquals(new byte[] {4}, rows.get(1));
      assertEquals(
          "第一个报告", new String(reader.read(back.get(0).getValue().slice()), StandardCharsets.UTF_8));
    }
  }

  @Test
  void aSliceBeyondItsFileIsAnErrorNamingTheFile() throws IOException {
    FileSlice slice;
    try (SliceFile file = SliceFile.create(dir.toString())) {
      slice = file.append(new byte[10]);
    }
    FileSlice cut = new FileSlice(slice.file(), 5, 10);
    try (SliceReader reader = new SliceReader()) {
      IOException e = assertThrows(IOException.class, () -> reader.read(cut));
      assertTrue(e.getMessage().contains(slice.file()), e.getMessage());
    }
  }

  @Test
  void eachSliceFileHasItsOwnName() throws IOException {
    try (SliceFile a = SliceFile.create(dir.toString());
        SliceFile b = SliceFile.create(dir.toString())) {
      assertTrue(!a.append(new byte[1]).file().equals(b.append(new byte[1]).file()));
    }
    try (var files = Files.list(dir)) {
      assertEquals(2, files.count());
    }
  }

  @Test
  void theSliceCoderRoundTrips() throws IOException {
    FileSlice s = new FileSlice("/tmp/x/秋.slices", 1L << 40, 123_456);
    assertEquals(
        s,
        CoderUtils.decodeFromByteArray(
            FileSlice.Coder.of(), CoderUtils.encodeToByteArray(FileSlice.Coder.of(), s)));
  }

  @Test
  void indexBatchesSpillAFullBucketAtOnceAndTheRestAtTheEnd() throws IOException {
    SpilledBatches<Integer, ogireports.corpus.ReportIndex> batches = CheckCorpus.indexBatches();
    List<KV<Integer, SpilledBatch<ogireports.corpus.ReportIndex>>> spilled = new ArrayList<>();
    int total = Spill.BATCH_SIZE * 2 + 7;
    try (SliceFile.OnDemand file = new SliceFile.OnDemand(dir.toString())) {
      for (int i = 0; i < total; i++) {
        // no agency: the bucket follows the fingerprint; one in three shares a bucket with others
        String fingerprint = i % 3 == 0 ? "fp-other-" + i : "fp";
        var r = new ogireports.corpus.ReportIndex("id" + i, "s" + i, fingerprint, null, "p", false);
        KV<Integer, SpilledBatch<ogireports.corpus.ReportIndex>> full = batches.add(r, file);
        if (full != null) {
          spilled.add(full);
        }
      }
      // 1,338 entries share the bucket of "fp": one full batch left before the end
      assertEquals(1, spilled.stream().filter(b -> b.getKey() == bucketOf("fp")).count());
      spilled.addAll(batches.finish(file));
    }
    int read = 0;
    try (SliceReader reader = new SliceReader()) {
      for (KV<Integer, SpilledBatch<ogireports.corpus.ReportIndex>> b : spilled) {
        List<ogireports.corpus.ReportIndex> entries =
            Spill.read(b.getValue(), ReportIndexCoder.of(), reader);
        assertTrue(entries.size() <= Spill.BATCH_SIZE);
        for (var r : entries) {
          assertEquals(b.getKey().intValue(), r.bucket(CheckCorpus.BUCKETS));
        }
        read += entries.size();
      }
    }
    assertEquals(total, read);
  }

  private static int bucketOf(String fingerprint) {
    return new ogireports.corpus.ReportIndex("x", "x", fingerprint, null, "p", false)
        .bucket(CheckCorpus.BUCKETS);
  }
}
