package ogireports.pipeline.graph;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.util.UUID;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;

/**
 * A new file of the run's temporary folder that byte arrays are appended to, each becoming a {@link
 * FileSlice}. One per bundle of a step: a slice may be read once the bundle has finished (after a
 * shuffle), when the file is closed.
 */
public final class SliceFile implements AutoCloseable {

  /** A slice file could not be written: the run's temporary folder failed. */
  public static final class WriteFailure extends RuntimeException {
    WriteFailure(IOException cause) {
      super(cause);
    }

    @Override
    public synchronized IOException getCause() {
      return (IOException) super.getCause();
    }
  }

  /**
   * A bundle's slice file, created on first use (a bundle with nothing to write leaves none) and
   * closed with {@link #close} at the end of the bundle.
   */
  public static final class OnDemand implements AutoCloseable {
    private final String dir;
    private SliceFile file;

    public OnDemand(String dir) {
      this.dir = dir;
    }

    public SliceFile get() {
      if (file == null) {
        file = create(dir);
      }
      return file;
    }

    /** Closes the file if one was made; the next {@link #get} makes a new one. */
    @Override
    public void close() throws IOException {
      if (file != null) {
        SliceFile f = file;
        file = null;
        f.close();
      }
    }
  }

  private final String name;
  private final OutputStream out;
  private long position;

  private SliceFile(String name, OutputStream out) {
    this.name = name;
    this.out = out;
  }

  /** A new file with a unique name in {@code dir}. */
  public static SliceFile create(String dir) {
    ResourceId resource =
        FileSystems.matchNewResource(dir, true)
            .resolve(
                UUID.randomUUID() + ".slices", ResolveOptions.StandardResolveOptions.RESOLVE_FILE);
    try {
      OutputStream out =
          new BufferedOutputStream(
              Channels.newOutputStream(FileSystems.create(resource, MimeTypes.BINARY)), 1 << 16);
      return new SliceFile(resource.toString(), out);
    } catch (IOException e) {
      throw new WriteFailure(e);
    }
  }

  /** Appends {@code bytes}; returns where they are. */
  public FileSlice append(byte[] bytes) {
    long at = position;
    try {
      out.write(bytes);
    } catch (IOException e) {
      throw new WriteFailure(e);
    }
    position += bytes.length;
    return new FileSlice(name, at, bytes.length);
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
