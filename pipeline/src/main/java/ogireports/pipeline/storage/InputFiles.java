package ogireports.pipeline.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;

/**
 * Expands {@code --input} into the list of documents, on the launching machine: a file, a folder
 * read recursively, or a glob. Done once before the pipeline starts, so the per-document path has
 * no file-matching shuffle and the input count is known for the summary check.
 *
 * <p>Every entry under a local input is accounted for: links are followed (a folder once, with loop
 * detection), and an entry that is not a regular file (a FIFO, a socket, a device, a dangling link,
 * a link loop) is listed as a {@link #notAFile marker} that becomes a {@code NOT_A_FILE} reject: it
 * is never opened, so it cannot hang the run. A file name that is not valid in the platform's
 * encoding is listed as its {@code file:} URI (the bytes percent-encoded), which opens the same
 * file. The output folder and its hidden siblings are left out of the listing when they lie inside
 * the input.
 *
 * <p>Local globs are matched the way a shell with {@code globstar} matches them: {@code *} and
 * {@code ?} within a name, {@code **} across folders, and {@code **}{@code /} also matching no
 * folder at all, so {@code crawl/**}{@code /*.txt} matches {@code crawl/a.txt} too.
 */
public final class InputFiles {

  private InputFiles() {}

  /** What a listing found: the entries (sorted), and what the run should say about it. */
  public record Listing(
      List<String> entries, int files, int notFiles, int excluded, String matched) {
    boolean isEmpty() {
      return entries.isEmpty();
    }
  }

  /** Starts a listed entry that is not a file to read ({@link #notAFile}). */
  static final char MARK = '\u0001';

  /** The documents named by {@code spec}, sorted; empty when it matches nothing. */
  public static List<String> expand(String spec) throws IOException {
    try {
      return list(spec, null).entries();
    } catch (UsageException e) {
      throw new IllegalStateException(e); // only with an output to check against
    }
  }

  /**
   * Lists {@code spec}, leaving out {@code output} (the run's output folder) and its hidden
   * siblings when they lie inside the input.
   *
   * @throws UsageException when the input lies inside the output folder (the run would replace it)
   */
  public static Listing list(String spec, Path output) throws IOException, UsageException {
    return list(spec, output == null ? null : output.toString(), null);
  }

  /**
   * Lists {@code spec}, which may be on a Hadoop file system ({@code conf} says how to reach it),
   * leaving out {@code output} and its hidden siblings when they lie inside the input.
   *
   * @throws UsageException when the input lies inside the output folder (the run would replace it)
   */
  public static Listing list(String spec, String output, org.apache.hadoop.conf.Configuration conf)
      throws IOException, UsageException {
    if (!Store.isLocal(spec)) {
      return remote(spec, output, conf);
    }
    return local(spec, output == null || !Store.isLocal(output) ? null : Path.of(output));
  }

  private static Listing local(String spec, Path output) throws IOException, UsageException {
    String local = spec.startsWith("file://") ? spec.substring("file://".length()) : spec;
    Path base;
    java.nio.file.PathMatcher matcher = null;
    int glob = firstGlob(local);
    if (glob < 0) {
      base = Path.of(local);
    } else {
      int slash = local.lastIndexOf('/', glob);
      base = Path.of(slash < 0 ? "." : slash == 0 ? "/" : local.substring(0, slash));
      matcher = globMatcher(slash < 0 ? local : local.substring(slash + 1));
    }
    base = base.toAbsolutePath().normalize();
    if (output != null) {
      Path out = output.toAbsolutePath().normalize();
      if (inside(base, out)) {
        throw new UsageException(
            "--input="
                + spec
                + " is inside --output="
                + output
                + ": a run replaces its output folder, so the input would be lost. Move the input"
                + " out, or name another output folder.");
      }
    }
    Walk walk =
        new Walk(base, matcher, output == null ? null : output.toAbsolutePath().normalize());
    if (Files.isDirectory(base)) {
      walk.folder(base, new HashSet<>());
    } else if (glob < 0 && (Files.exists(base) || Files.isSymbolicLink(base))) {
      walk.entry(base, new HashSet<>());
    }
    List<String> entries = new ArrayList<>(walk.entries);
    entries.sort(Comparator.comparing(InputFiles::sortKey));
    String matched =
        glob < 0
            ? null
            : "--input="
                + spec
                + " matched "
                + walk.files
                + (walk.files == 1 ? " file" : " files")
                + " under "
                + base
                + " (** also matches the top folder)";
    return new Listing(entries, walk.files, walk.notFiles, walk.excluded, matched);
  }

  /**
   * A remote input: a folder or a file on a Hadoop file system through Hadoop's own listing (a
   * folder recursively); a glob, or a file system Hadoop does not know, through Beam's file systems
   * (Beam's glob rules).
   */
  private static Listing remote(
      String spec, String output, org.apache.hadoop.conf.Configuration conf)
      throws IOException, UsageException {
    if (firstGlob(spec) < 0) {
      HadoopStore store;
      try {
        store = HadoopStore.of(spec, conf);
      } catch (IOException e) {
        store = null; // no Hadoop file system for this scheme: Beam's may have one
      }
      if (store != null) {
        return hadoop(store, spec, output);
      }
    }
    return remote(spec);
  }

  private static Listing hadoop(HadoopStore store, String spec, String output)
      throws IOException, UsageException {
    String base = store.absolute(spec);
    String out = null;
    if (output != null && !Store.isLocal(output)) {
      try {
        out = store.absolute(output);
      } catch (IllegalArgumentException e) {
        out = null; // another file system: it cannot be inside the input
      }
    }
    if (out != null && (base.equals(out) || base.startsWith(out + "/"))) {
      throw new UsageException(
          "--input="
              + spec
              + " is inside --output="
              + output
              + ": a run replaces its output folder, so the input would be lost. Move the input"
              + " out, or name another output folder.");
    }
    List<String> files = new ArrayList<>();
    int excluded = 0;
    if (store.isDirectory(base)) {
      String hidden = out == null ? null : store.parent(out) + "/." + store.name(out) + ".";
      for (Store.Entry e : store.listFiles(base)) {
        String loc = e.location();
        if (out != null && (loc.startsWith(out + "/") || loc.startsWith(hidden))) {
          excluded++;
          continue;
        }
        files.add(loc);
      }
    } else if (store.isFile(base)) {
      files.add(base);
    }
    files.sort(null);
    return new Listing(files, files.size(), 0, excluded > 0 ? 1 : 0, null);
  }

  /** A listing through Beam's file systems (remote inputs): Beam's glob rules. */
  private static Listing remote(String spec) throws IOException {
    List<String> files = new ArrayList<>();
    if (firstGlob(spec) < 0) {
      MatchResult one = FileSystems.match(spec, EmptyMatchTreatment.ALLOW);
      if (one.status() == MatchResult.Status.OK) {
        for (MatchResult.Metadata m : one.metadata()) {
          files.add(m.resourceId().toString());
        }
      }
    } else {
      MatchResult match = FileSystems.match(spec, EmptyMatchTreatment.ALLOW);
      if (match.status() != MatchResult.Status.NOT_FOUND) {
        for (MatchResult.Metadata m : match.metadata()) {
          if (!m.resourceId().isDirectory()) {
            files.add(m.resourceId().toString());
          }
        }
      }
    }
    files.sort(null);
    return new Listing(files, files.size(), 0, 0, null);
  }

  /** The walk over a local input: every entry, links followed once, special files marked. */
  private static final class Walk {
    final Path base;
    final java.nio.file.PathMatcher matcher;
    final Path output;
    final List<String> entries = new ArrayList<>();
    final Set<Object> foldersSeen = new HashSet<>();
    int files;
    int notFiles;
    int excluded;

    Walk(Path base, java.nio.file.PathMatcher matcher, Path output) {
      this.base = base;
      this.matcher = matcher;
      this.output = output;
    }

    /** Lists a folder; {@code ancestors} are the keys of the folders above it (loop detection). */
    void folder(Path dir, Set<Object> ancestors) throws IOException {
      Object key = key(dir);
      if (key != null && !foldersSeen.add(key)) {
        return;
      }
      Set<Object> below = new HashSet<>(ancestors);
      if (key != null) {
        below.add(key);
      }
      List<Path> children;
      try (Stream<Path> list = Files.list(dir)) {
        children = list.sorted(Comparator.comparing(InputFiles::displayName)).toList();
      } catch (IOException e) {
        add(
            dir,
            "UNREADABLE",
            "the folder cannot be listed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        return;
      }
      for (Path child : children) {
        entry(child, below);
      }
    }

    void entry(Path p, Set<Object> ancestors) throws IOException {
      BasicFileAttributes own;
      try {
        own = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (IOException e) {
        add(
            p,
            "UNREADABLE",
            "the entry cannot be read: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        return;
      }
      // The output folder (or a link to it) and its hidden working folders inside the input are
      // left out; only folders and links can lead into it, so files cost no extra look-up.
      if (output != null
          && (isOutputSibling(p)
              || ((own.isDirectory() || own.isSymbolicLink()) && inside(p, output)))) {
        excluded++;
        return;
      }
      BasicFileAttributes attrs = own;
      if (own.isSymbolicLink()) {
        try {
          attrs = Files.readAttributes(p, BasicFileAttributes.class);
        } catch (java.nio.file.NoSuchFileException e) {
          notAFile(p, "a dangling link (its target " + target(p) + " does not exist)");
          return;
        } catch (java.nio.file.FileSystemException e) {
          notAFile(
              p,
              "a link that cannot be followed (" + reason(e) + "): a link loop or chain too long");
          return;
        }
      }
      if (attrs.isDirectory()) {
        Object key = attrs.fileKey();
        if (key != null && ancestors.contains(key)) {
          notAFile(p, "a link loop (a link to the folder " + p.toRealPath() + " that contains it)");
        } else if (key != null && foldersSeen.contains(key)) {
          notAFile(
              p, "a link to the folder " + p.toRealPath() + ", listed already under another name");
        } else {
          folder(p, ancestors);
        }
      } else if (matcher != null && !matcher.matches(base.relativize(p))) {
        return; // not matched by the glob
      } else if (attrs.isRegularFile()) {
        files++;
        entries.add(readable(p));
      } else {
        notAFile(p, kind(p) + " (not a regular file: never read)");
      }
    }

    private boolean isOutputSibling(Path p) {
      Path parent = output.getParent();
      String name = p.getFileName() == null ? "" : p.getFileName().toString();
      return parent != null
          && parent.equals(p.getParent())
          && name.startsWith("." + output.getFileName() + ".");
    }

    private void notAFile(Path p, String detail) {
      add(p, "NOT_A_FILE", detail);
    }

    private void add(Path p, String reason, String detail) {
      if (matcher != null && !matcher.matches(base.relativize(p))) {
        return;
      }
      notFiles++;
      entries.add(
          MARK
              + reason
              + MARK
              + detail.replace('\0', ' ').replace(MARK, ' ')
              + MARK
              + displayName(p));
    }
  }

  /** The file's key (device and inode), or its real path where the file system has no keys. */
  private static Object key(Path dir) {
    try {
      Object key = Files.readAttributes(dir, BasicFileAttributes.class).fileKey();
      return key != null ? key : dir.toRealPath();
    } catch (IOException e) {
      return null;
    }
  }

  private static String target(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      return "?";
    }
  }

  private static String reason(java.nio.file.FileSystemException e) {
    return e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
  }

  /** What kind of entry this is, from its mode bits. */
  static String kind(Path p) {
    try {
      int mode = (Integer) Files.getAttribute(p, "unix:mode");
      return switch (mode & 0170000) {
        case 0010000 -> "a FIFO (named pipe)";
        case 0140000 -> "a socket";
        case 0020000 -> "a character device";
        case 0060000 -> "a block device";
        default -> "a special file (mode " + Integer.toOctalString(mode) + ")";
      };
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "a special file";
    }
  }

  /**
   * The string a file is opened by: its path, or its {@code file:} URI when the path does not
   * survive being written as text (a name that is not valid UTF-8).
   */
  static String readable(Path p) {
    String s = p.toString();
    try {
      if (Path.of(s).equals(p)) { // the same bytes
        return s;
      }
    } catch (java.nio.file.InvalidPathException e) {
      // the name has characters the platform cannot write back
    }
    return p.toUri().toString();
  }

  /** An entry's path (a marker's too), to sort the listing by. */
  private static String sortKey(String entry) {
    return entry.charAt(0) == MARK ? entry.substring(entry.lastIndexOf(MARK) + 1) : entry;
  }

  /** A listed entry that is not a file to read: its reason, detail and path; null for a file. */
  public record NotAFile(String reason, String detail, String path) {}

  /** The marker an entry holds, or null when it is a file to read. */
  public static NotAFile notAFile(String entry) {
    if (entry.isEmpty() || entry.charAt(0) != MARK) {
      return null;
    }
    String[] parts = entry.substring(1).split(String.valueOf(MARK), 3);
    return new NotAFile(parts[0], parts[1], parts[2]);
  }

  private static String displayName(Path p) {
    String s = p.toString();
    return s.indexOf('\uFFFD') >= 0 ? p.toUri().toString() : s;
  }

  /** True when {@code p} is {@code dir} or below it, as written or through links. */
  static boolean inside(Path p, Path dir) {
    Path a = p.toAbsolutePath().normalize();
    Path b = dir.toAbsolutePath().normalize();
    if (a.startsWith(b)) {
      return true;
    }
    try {
      Path realDir = b.toRealPath();
      Path realP = a.toRealPath();
      return realP.startsWith(realDir);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * A glob matcher with shell ({@code globstar}) semantics: {@code **}{@code /} may match no
   * folder, so every pattern is tried with each combination of its {@code **}{@code /} parts left
   * out.
   */
  static java.nio.file.PathMatcher globMatcher(String pattern) {
    List<String> variants = new ArrayList<>(List.of(pattern));
    for (int round = 0; round < 4; round++) {
      List<String> more = new ArrayList<>();
      for (String v : variants) {
        int i = v.indexOf("**/");
        while (i >= 0) {
          String shorter = v.substring(0, i) + v.substring(i + 3);
          if (!variants.contains(shorter) && !more.contains(shorter)) {
            more.add(shorter);
          }
          i = v.indexOf("**/", i + 1);
        }
      }
      if (more.isEmpty()) {
        break;
      }
      variants.addAll(more);
    }
    java.nio.file.FileSystem fs = java.nio.file.FileSystems.getDefault();
    List<java.nio.file.PathMatcher> matchers =
        variants.stream().map(v -> fs.getPathMatcher("glob:" + v)).toList();
    return path -> matchers.stream().anyMatch(m -> m.matches(path));
  }

  private static int firstGlob(String spec) {
    for (int i = 0; i < spec.length(); i++) {
      char c = spec.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '{') {
        return i;
      }
    }
    return -1;
  }
}
