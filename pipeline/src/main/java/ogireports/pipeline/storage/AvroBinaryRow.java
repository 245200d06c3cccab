package ogireports.pipeline.storage;

import java.util.List;
import org.apache.avro.Schema;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;

/**
 * How to walk one row of a flat Avro record schema in its binary encoding, worked out once per
 * schema: the fields in order, each a primitive or a union of null and a primitive. {@link #write}
 * hands a row's values to a Parquet {@link RecordConsumer} as {@link
 * org.apache.parquet.avro.AvroWriteSupport} would hand those of the decoded record; {@link #skip}
 * passes a row.
 *
 * <p>What parquet-avro would make of a union's branch is a field of the Parquet schema, so every
 * union but null-or-one-type is refused, as are nested records, arrays, maps, enums and fixed: the
 * datasets use none of them, and a schema that does fails here, when the writer is made, not with a
 * file that differs from parquet-avro's.
 *
 * <p>Values go to Parquet as they are encoded: a date or timestamp logical type is its number, the
 * same the Avro writer sends for a decoded record with no conversion. A string or bytes value is a
 * {@link Binary} over the input's own array, marked reused: Parquet copies what it keeps (a new
 * dictionary entry, a page's minimum and maximum) and only reads the rest, so the array is not held
 * on to and nothing else is copied.
 */
final class AvroBinaryRow {

  private enum Kind {
    STRING,
    INT,
    LONG,
    FLOAT,
    DOUBLE,
    BOOLEAN
  }

  /**
   * One field: its Parquet name and index, its type, and for a union which branch is null (-1: not
   * a union).
   */
  private record Field(String name, int index, Kind kind, int nullBranch) {}

  private final Schema schema;
  private final Field[] fields;

  AvroBinaryRow(Schema schema) {
    if (schema.getType() != Schema.Type.RECORD) {
      throw new IllegalArgumentException("not a record schema: " + schema.getFullName());
    }
    this.schema = schema;
    List<Schema.Field> avroFields = schema.getFields();
    this.fields = new Field[avroFields.size()];
    for (Schema.Field f : avroFields) {
      fields[f.pos()] = field(f);
    }
  }

  Schema schema() {
    return schema;
  }

  private Field field(Schema.Field f) {
    Schema type = f.schema();
    int nullBranch = -1;
    if (type.getType() == Schema.Type.UNION) {
      List<Schema> branches = type.getTypes();
      if (branches.size() != 2
          || !branches.stream().anyMatch(b -> b.getType() == Schema.Type.NULL)) {
        throw refused(f, "a union other than of null and one type");
      }
      nullBranch = branches.get(0).getType() == Schema.Type.NULL ? 0 : 1;
      type = branches.get(1 - nullBranch);
    }
    Kind kind =
        switch (type.getType()) {
          case STRING, BYTES -> Kind.STRING;
          case INT -> Kind.INT;
          case LONG -> Kind.LONG;
          case FLOAT -> Kind.FLOAT;
          case DOUBLE -> Kind.DOUBLE;
          case BOOLEAN -> Kind.BOOLEAN;
          default -> throw refused(f, "type " + type.getType());
        };
    return new Field(f.name(), f.pos(), kind, nullBranch);
  }

  private IllegalArgumentException refused(Schema.Field f, String what) {
    return new IllegalArgumentException(
        "cannot write "
            + schema.getFullName()
            + "."
            + f.name()
            + " from Avro binary: "
            + what
            + " (only primitives and unions of null and a primitive)");
  }

  /** Reads one row from {@code in} and hands it to {@code out} as one Parquet record. */
  void write(AvroBinaryInput in, RecordConsumer out) {
    out.startMessage();
    for (Field f : fields) {
      if (f.nullBranch >= 0 && branch(in, f) == f.nullBranch) {
        continue; // a null: an optional field Parquet is not told about
      }
      out.startField(f.name, f.index);
      switch (f.kind) {
        case STRING -> {
          int length = in.readLength();
          out.addBinary(Binary.fromReusedByteArray(in.array(), in.position(), length));
          in.skip(length);
        }
        case INT -> out.addInteger(in.readInt());
        case LONG -> out.addLong(in.readLong());
        case FLOAT -> out.addFloat(in.readFloat());
        case DOUBLE -> out.addDouble(in.readDouble());
        case BOOLEAN -> out.addBoolean(in.readBoolean());
      }
      out.endField(f.name, f.index);
    }
    out.endMessage();
  }

  /** Passes one row of {@code in}. */
  void skip(AvroBinaryInput in) {
    for (Field f : fields) {
      if (f.nullBranch >= 0 && branch(in, f) == f.nullBranch) {
        continue;
      }
      switch (f.kind) {
        case STRING -> in.skipString();
        case INT -> in.readInt();
        case LONG -> in.readLong();
        case FLOAT -> in.readFloat();
        case DOUBLE -> in.readDouble();
        case BOOLEAN -> in.readBoolean();
      }
    }
  }

  private int branch(AvroBinaryInput in, Field f) {
    long branch = in.readLong();
    if (branch != 0 && branch != 1) {
      throw new IllegalArgumentException(
          "union branch " + branch + " of " + schema.getName() + "." + f.name);
    }
    return (int) branch;
  }
}
