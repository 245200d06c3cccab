package ogireports.corpus;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The index of the reports an output holds, kept beside the datasets (folder {@value #FOLDER}) so
 * that an {@code --append} run can check its new reports against them (duplicates, cross-year
 * rules) without reading them again. Internal to ogi-reports: a count, then the {@link
 * ReportIndex} entries, Java-serialized.
 */
public final class IndexFile {

  /** The folder of the index files inside an output. */
  public static final String FOLDER = "_corpus";

  /** What an index file's name ends with. */
  public static final String SUFFIX = ".index";

  private static final int MAGIC = 0x4F474931; // "OGI1"

  private IndexFile() {}

  public static void write(Collection<ReportIndex> entries, OutputStream out) throws IOException {
    ObjectOutputStream o = new ObjectOutputStream(new BufferedOutputStream(out, 1 << 16));
    o.writeInt(MAGIC);
    o.writeInt(entries.size());
    for (ReportIndex r : entries) {
      o.writeObject(r);
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
    try {
      ObjectInputStream o = new ObjectInputStream(new BufferedInputStream(in, 1 << 16));
      if (o.readInt() != MAGIC) {
        throw new IOException("not an ogi-reports index file");
      }
      int n = o.readInt();
      List<ReportIndex> entries = new ArrayList<>(Math.min(Math.max(n, 0), 1 << 16));
      for (int i = 0; i < n; i++) {
        entries.add((ReportIndex) o.readObject());
      }
      return entries;
    } catch (InvalidClassException | ClassNotFoundException | ClassCastException e) {
      throw new IOException(
          "the index was written by an incompatible ogi-reports version (" + e.getMessage()
              + "): run without --append to rebuild the output",
          e);
    } catch (EOFException e) {
      throw new IOException("the index file is cut short", e);
    }
  }
}
