package ogireports.pipeline.storage;

import java.util.HashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroSchemaConverter;
import org.apache.parquet.avro.AvroWriteSupport;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

/**
 * Writes rows to Parquet straight from their Avro binary encoding: each {@link ParquetWriter#write}
 * takes the next row of an {@link AvroBinaryInput} and leaves the input after it. The rows of a
 * report arrive encoded (in its packet, {@link PacketWriter}); decoding them into Avro records only
 * for {@link AvroWriteSupport} to take them apart again was about a third of the write step's CPU
 * (the rows of 3,000 generated reports to one partition's files: 166-196 thread CPU ms that way,
 * 115-132 this way, in alternated rounds).
 *
 * <p>The files are those {@link org.apache.parquet.avro.AvroParquetWriter} writes for the same
 * schema, so that Avro and Spark readers, {@link ParquetFile#readAll} and {@link Append} read them
 * alike: the Parquet schema is parquet-avro's conversion of the Avro schema, the footer's key-value
 * metadata the same two entries ({@value #AVRO_SCHEMA_KEY} and, through {@link #getName}, {@code
 * writer.model.name} = {@code avro}), and the values are handed to Parquet in the same order and
 * form ({@link AvroBinaryRow}). Written in one JVM the two files are the same bytes; from two JVMs
 * any two files may differ in the order a column chunk's footer lists its encodings (Parquet keeps
 * them in a hash set of enum constants), whichever writer wrote them.
 */
final class AvroBinaryWriteSupport extends WriteSupport<AvroBinaryInput> {

  /** The key parquet-avro writes the Avro schema under (its constant is not public). */
  static final String AVRO_SCHEMA_KEY = "parquet.avro.schema";

  private final Schema avroSchema;
  private final AvroBinaryRow row;
  private MessageType parquetSchema;
  private RecordConsumer out;

  AvroBinaryWriteSupport(Schema avroSchema) {
    this.avroSchema = avroSchema;
    this.row = new AvroBinaryRow(avroSchema);
  }

  @Override
  public WriteContext init(Configuration conf) {
    parquetSchema = new AvroSchemaConverter(conf).convert(avroSchema);
    for (Schema.Field f : avroSchema.getFields()) {
      if (!parquetSchema.getFieldName(f.pos()).equals(f.name())) {
        throw new IllegalStateException(
            "Parquet field " + f.pos() + " of " + avroSchema.getName() + " is not " + f.name());
      }
    }
    Map<String, String> metadata = new HashMap<>();
    metadata.put(AVRO_SCHEMA_KEY, avroSchema.toString());
    return new WriteContext(parquetSchema, metadata);
  }

  /** The object model name parquet-avro's writer gives (the footer's {@code writer.model.name}). */
  @Override
  public String getName() {
    return "avro";
  }

  @Override
  public void prepareForWrite(RecordConsumer recordConsumer) {
    this.out = recordConsumer;
  }

  @Override
  public void write(AvroBinaryInput in) {
    row.write(in, out);
  }

  /** A builder of Parquet writers of rows of {@code schema} in Avro binary encoding. */
  static final class Builder extends ParquetWriter.Builder<AvroBinaryInput, Builder> {
    private final Schema schema;

    Builder(OutputFile file, Schema schema) {
      super(file);
      this.schema = schema;
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    protected WriteSupport<AvroBinaryInput> getWriteSupport(Configuration conf) {
      return new AvroBinaryWriteSupport(schema);
    }
  }
}
