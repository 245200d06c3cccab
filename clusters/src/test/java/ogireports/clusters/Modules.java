package ogireports.clusters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Where things are in the build, and small file and port helpers the clusters share. */
final class Modules {

  private Modules() {}

  /** This module's folder (surefire's {@code basedir}, else the working directory). */
  static Path base() {
    return Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
        .toAbsolutePath()
        .normalize();
  }

  /** This module's {@code target/}, where the clusters keep their files and logs. */
  static Path target() {
    return base().resolve("target");
  }

  /** The repository's bundled sample reports. */
  static Path samples() {
    return Path.of(
            System.getProperty("ogireports.samples", base().resolve("../samples").toString()))
        .toAbsolutePath()
        .normalize();
  }

  /** An empty folder at {@code dir} (what a previous run left there is deleted). */
  static Path emptyFolder(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> all = Files.walk(dir)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    return Files.createDirectories(dir);
  }

  /**
   * {@code n} different TCP ports free on 127.0.0.1 right now. Another process could take one
   * before the cluster binds it; that is rare, and the cluster then fails to start with "address
   * already in use" in its log.
   */
  static int[] freePorts(int n) {
    ServerSocket[] sockets = new ServerSocket[n];
    try {
      int[] ports = new int[n];
      for (int i = 0; i < n; i++) {
        sockets[i] = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        ports[i] = sockets[i].getLocalPort();
      }
      return ports;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      for (ServerSocket s : sockets) {
        if (s != null) {
          try {
            s.close();
          } catch (IOException ignored) {
            // the port is still returned free enough
          }
        }
      }
    }
  }
}
