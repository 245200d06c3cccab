package ogireports.pipeline.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;

/**
 * Opens a Parquet file for the rows of one dataset on any Beam file system, with snappy compression
 * and capped row groups.
 *
 * <p>The writers share one Hadoop {@link Configuration} that does not load Hadoop's default XML
 * resources: parsing them for every file cost more than writing the file (measured, see
 * BENCHMARKS.md), and Parquet needs none of them.
 */
public final class ParquetFile {

  /** Row groups are capped: several datasets of a partition are open at once. */
  static final int ROW_GROUP_BYTES = 8 * 1024 * 1024;

  private static final Configuration CONF = new Configuration(false);

  private ParquetFile() {}

  /** A writer of Avro records of {@code schema} (generated classes' or generic). */
  public static ParquetWriter<GenericRecord> create(ResourceId file, Schema schema)
      throws IOException {
    return configured(
        AvroParquetWriter.<GenericRecord>builder(output(file))
            .withSchema(schema)
            .withDataModel(ParquetDataModel.get()));
  }

  /**
   * A writer of rows of {@code schema} in Avro's binary encoding, each taken from where an {@link
   * AvroBinaryInput} is ({@link AvroBinaryWriteSupport}): the same file {@link #create} writes for
   * the same rows decoded.
   */
  public static ParquetWriter<AvroBinaryInput> createFromAvroBinary(ResourceId file, Schema schema)
      throws IOException {
    return configured(new AvroBinaryWriteSupport.Builder(output(file), schema));
  }

  /** The settings every writer shares; the rest (pages, dictionaries) are Parquet's defaults. */
  private static <T, B extends ParquetWriter.Builder<T, B>> ParquetWriter<T> configured(
      ParquetWriter.Builder<T, B> builder) throws IOException {
    return builder
        .withConf(CONF)
        .withCompressionCodec(CompressionCodecName.SNAPPY)
        .withRowGroupSize((long) ROW_GROUP_BYTES)
        .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
        .build();
  }

  private static OutputFile output(ResourceId file) throws IOException {
    WritableByteChannel channel = FileSystems.create(file, MimeTypes.BINARY);
    return new ChannelOutputFile(channel);
  }

  /** Reads every row of a local Parquet file written by {@link #create}. */
  static java.util.List<GenericRecord> readAll(java.nio.file.Path file) throws IOException {
    java.util.List<GenericRecord> rows = new java.util.ArrayList<>();
    try (org.apache.parquet.hadoop.ParquetReader<GenericRecord> reader =
        AvroParquetReader.<GenericRecord>builder(new LocalInputFile(file))
            .withDataModel(ParquetDataModel.get())
            .withConf(CONF)
            .build()) {
      for (GenericRecord row = reader.read(); row != null; row = reader.read()) {
        rows.add(row);
      }
    }
    return rows;
  }

  /** A local file as a Parquet {@link org.apache.parquet.io.InputFile}. */
  static final class LocalInputFile implements org.apache.parquet.io.InputFile {
    private final java.nio.file.Path path;

    LocalInputFile(java.nio.file.Path path) {
      this.path = path;
    }

    @Override
    public long getLength() throws IOException {
      return java.nio.file.Files.size(path);
    }

    @Override
    public org.apache.parquet.io.SeekableInputStream newStream() throws IOException {
      java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(path);
      return new org.apache.parquet.io.DelegatingSeekableInputStream(
          Channels.newInputStream(channel)) {
        @Override
        public long getPos() throws IOException {
          return channel.position();
        }

        @Override
        public void seek(long newPos) throws IOException {
          channel.position(newPos);
        }
      };
    }
  }

  /** A Parquet {@link OutputFile} over a channel that is written once, front to back. */
  private static final class ChannelOutputFile implements OutputFile {
    private final WritableByteChannel channel;

    ChannelOutputFile(WritableByteChannel channel) {
      this.channel = channel;
    }

    @Override
    public PositionOutputStream create(long blockSizeHint) {
      return stream();
    }

    @Override
    public PositionOutputStream createOrOverwrite(long blockSizeHint) {
      return stream();
    }

    private PositionOutputStream stream() {
      OutputStream out =
          new java.io.BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
      return new PositionOutputStream() {
        private long position;

        @Override
        public long getPos() {
          return position;
        }

        @Override
        public void write(int b) throws IOException {
          out.write(b);
          position++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
          position += len;
        }

        @Override
        public void flush() throws IOException {
          out.flush();
        }

        @Override
        public void close() throws IOException {
          out.close();
        }
      };
    }

    @Override
    public boolean supportsBlockSize() {
      return false;
    }

    @Override
    public long defaultBlockSize() {
      return 0;
    }
  }
}
