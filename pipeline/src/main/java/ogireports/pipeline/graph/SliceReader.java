package ogireports.pipeline.graph;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.beam.sdk.io.FileSystems;

/** Reads {@link FileSlice}s back, keeping the last few slice files open. */
public final class SliceReader implements AutoCloseable {
  private static final int OPEN_FILES = 32;

  private final Map<String, SeekableByteChannel> channels =
      new LinkedHashMap<>(OPEN_FILES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SeekableByteChannel> eldest) {
          if (size() > OPEN_FILES) {
            closeQuietly(eldest.getValue());
            return true;
          }
          return false;
        }
      };

  public byte[] read(FileSlice slice) throws IOException {
    SeekableByteChannel channel = channels.get(slice.file());
    if (channel == null) {
      channel =
          (SeekableByteChannel) FileSystems.open(FileSystems.matchNewResource(slice.file(), false));
      channels.put(slice.file(), channel);
    }
    ByteBuffer buffer = ByteBuffer.allocate(slice.length());
    channel.position(slice.offset());
    while (buffer.hasRemaining()) {
      if (channel.read(buffer) < 0) {
        throw new IOException("slice file " + slice.file() + " ends before its slice");
      }
    }
    return buffer.array();
  }

  private static void closeQuietly(SeekableByteChannel c) {
    try {
      c.close();
    } catch (IOException e) {
      // read-only: nothing is lost
    }
  }

  @Override
  public void close() {
    channels.values().forEach(SliceReader::closeQuietly);
    channels.clear();
  }
}
