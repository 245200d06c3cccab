package ogireports.pipeline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.xerial.snappy.OSInfo;

/**
 * Snappy's native library (the compression of the Parquet files) loaded from beside the product
 * jar, where the build unpacks it ({@code pipeline/pom.xml}), rather than from inside it.
 *
 * <p>From inside the jar, snappy-java copies the library into a new file of the temporary folder at
 * every start and reads both to compare them; the copy is deleted when the JVM exits normally, so
 * every killed or crashed run left one behind (135 of them in one machine's {@code /tmp}). The jar
 * still carries the libraries, for cluster workers, tests and a platform the folder lacks: where
 * the folder has no library for this platform, or the user chose one ({@code
 * org.xerial.snappy.lib.path}, {@code org.xerial.snappy.use.systemlib}), snappy-java does what it
 * did.
 */
final class SnappyLibrary {

  /** The folder beside the jar that holds the jar's {@code org/xerial/snappy/native} tree. */
  static final String FOLDER = "snappy-native";

  private static final String PATH_PROPERTY = "org.xerial.snappy.lib.path";

  private SnappyLibrary() {}

  /** Points snappy-java at the library beside {@code jar}, where there is one for this platform. */
  static void useBeside(Path jar) {
    if (System.getProperty(PATH_PROPERTY) != null
        || System.getProperty("org.xerial.snappy.use.systemlib") != null
        || jar == null
        || !Files.isRegularFile(jar)) {
      return;
    }
    try {
      Path folder =
          jar.resolveSibling(FOLDER)
              .resolve("org/xerial/snappy/native")
              .resolve(OSInfo.getNativeLibFolderPathForCurrentOS());
      if (Files.isRegularFile(folder.resolve(System.mapLibraryName("snappyjava")))) {
        System.setProperty(PATH_PROPERTY, folder.toString());
      }
    } catch (RuntimeException | LinkageError e) {
      // a platform snappy-java cannot name: it looks inside the jar, as before
    }
  }

  /** The jar this class was loaded from, or null (classes from a folder, as in tests). */
  static Path productJar() {
    try {
      Path p =
          Path.of(SnappyLibrary.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isRegularFile(p) ? p : null;
    } catch (Exception | LinkageError e) {
      return null;
    }
  }
}
