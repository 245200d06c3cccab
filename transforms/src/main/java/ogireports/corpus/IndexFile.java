package ogireports.corpus;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import ogireports.rules.crossyear.AgencyYear;

/**
 * The index of the reports an output holds, kept beside the datasets (folder {@value #FOLDER}) so
 * that an {@code --append} run can check its new reports against them (duplicates, cross-year
 * rules) without reading them again. Internal to ogi-reports: a magic number, a count, then the
 * {@link ReportIndex} entries in the binary form of {@link #writeEntry}, which is also how the
 * pipeline moves entries between its steps.
 */
public final class IndexFile {

  /** The folder of the index files inside an output. */
  public static final String FOLDER = "_corpus";

  /** What an index file's name ends with. */
  public static final String SUFFIX = ".index";

  private static final int MAGIC = 0x4F474932; // "OGI2"

  private IndexFile() {}

  public static void write(Collection<ReportIndex> entries, OutputStream out) throws IOException {
    DataOutputStream o = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
    o.writeInt(MAGIC);
    o.writeInt(entries.size());
    for (ReportIndex r : entries) {
      writeEntry(r, o);
    }
    o.flush();
  }

  /**
   * Reads an index file.
   *
   * @throws IOException when the file is cut, not an index, or written by an incompatible version
   *     (the message says so: run without {@code --append} to rebuild the output)
   */
  public static List<ReportIndex> read(InputStream in) throws IOException {
    DataInputStream o = new DataInputStream(new BufferedInputStream(in, 1 << 16));
    try {
      if (o.readInt() != MAGIC) {
        throw new IOException(
            "not an index file of this ogi-reports version: run without --append to rebuild the"
                + " output");
      }
      int n = o.readInt();
      List<ReportIndex> entries = new ArrayList<>(Math.min(Math.max(n, 0), 1 << 16));
      for (int i = 0; i < n; i++) {
        entries.add(readEntry(o));
      }
      return entries;
    } catch (EOFException e) {
      throw new IOException("the index file is cut short", e);
    }
  }

  /**
   * One entry in binary form: strings as UTF-8 after their length (-1 for null), then the values.
   */
  public static void writeEntry(ReportIndex r, DataOutput out) throws IOException {
    writeString(r.reportId(), out);
    writeString(r.sourceUri(), out);
    writeString(r.fingerprint(), out);
    writeString(r.partition(), out);
    out.writeBoolean(r.inOutput());
    AgencyYear a = r.agencyYear();
    out.writeBoolean(a != null);
    if (a == null) {
      return;
    }
    writeString(a.reportId(), out);
    writeString(a.agencyKey(), out);
    writeString(a.agency(), out);
    writeString(a.body(), out);
    out.writeInt(a.year() == null ? Integer.MIN_VALUE : a.year());
    writeString(a.template(), out);
    out.writeBoolean(a.hasApplications());
    out.writeBoolean(a.hasDisclosure());
    double[] values = a.values();
    boolean[] blank = a.blank();
    for (int i = 0; i < AgencyYear.SLOTS; i++) {
      out.writeDouble(values[i]);
      out.writeBoolean(blank[i]);
    }
  }

  /** Reads what {@link #writeEntry} wrote. */
  public static ReportIndex readEntry(DataInput in) throws IOException {
    String reportId = readString(in);
    String sourceUri = readString(in);
    String fingerprint = readString(in);
    String partition = readString(in);
    boolean inOutput = in.readBoolean();
    AgencyYear agencyYear = null;
    if (in.readBoolean()) {
      String id = readString(in);
      String agencyKey = readString(in);
      String agency = readString(in);
      String body = readString(in);
      int year = in.readInt();
      String template = readString(in);
      boolean hasApplications = in.readBoolean();
      boolean hasDisclosure = in.readBoolean();
      double[] values = new double[AgencyYear.SLOTS];
      boolean[] blank = new boolean[AgencyYear.SLOTS];
      for (int i = 0; i < AgencyYear.SLOTS; i++) {
        values[i] = in.readDouble();
        blank[i] = in.readBoolean();
      }
      agencyYear =
          new AgencyYear(
              id,
              agencyKey,
              agency,
              body,
              year == Integer.MIN_VALUE ? null : year,
              template,
              hasApplications,
              hasDisclosure,
              values,
              blank);
    }
    return new ReportIndex(reportId, sourceUri, fingerprint, agencyYear, partition, inOutput);
  }

  private static void writeString(String s, DataOutput out) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String readString(DataInput in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      return null;
    }
    if (n > MAX_STRING_BYTES) {
      throw new IOException("an index entry holds a string of " + n + " bytes: not an index");
    }
    byte[] b = new byte[n];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  /** Longest string an entry may hold (a source URI of a crawl record is far shorter). */
  private static final int MAX_STRING_BYTES = 1 << 24;
}
