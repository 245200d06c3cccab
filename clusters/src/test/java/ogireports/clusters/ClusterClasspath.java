package ogireports.clusters;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The jars of the cluster under test. Each cluster test runs in a surefire execution of its own
 * that adds the cluster's jars to the test class path ({@code additionalClasspathDependencies} in
 * this module's pom); they are that class path minus this module's own classes and its declared
 * test dependencies (listed by maven-dependency-plugin in {@code
 * target/test-dependencies.classpath}).
 */
final class ClusterClasspath {

  private ClusterClasspath() {}

  /**
   * Skips the calling test class unless it runs in the surefire execution of {@code cluster}
   * ({@code flink}, {@code spark}: system property {@code ogireports.cluster}), the one that puts
   * that cluster's jars on the class path. {@code -Dtest=…} makes every execution run the classes
   * named; each runs in its own.
   */
  static void assumeExecutionOf(String cluster) {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        cluster.equals(System.getProperty("ogireports.cluster")),
        "runs in the " + cluster + "-cluster surefire execution, which has its jars");
  }

  static List<Path> jars() throws IOException {
    Path listing =
        Path.of(
            System.getProperty(
                "ogireports.testDependencies",
                Modules.target().resolve("test-dependencies.classpath").toString()));
    Set<Path> ownDependencies =
        Arrays.stream(Files.readString(listing).strip().split(File.pathSeparator))
            .map(p -> Path.of(p).toAbsolutePath().normalize())
            .collect(Collectors.toSet());
    List<Path> jars =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .map(p -> Path.of(p).toAbsolutePath().normalize())
            .filter(p -> p.toString().endsWith(".jar"))
            .filter(p -> !ownDependencies.contains(p))
            .distinct()
            .toList();
    List<Path> hdfs =
        jars.stream()
            .filter(p -> p.getFileName().toString().startsWith("hadoop-minicluster"))
            .toList();
    if (!hdfs.isEmpty()) {
      // The HDFS process's jars (provided scope) must stay off the tests' class path, or they
      // would pass for the cluster's: surefire's classpathDependencyScopeExclude in the pom.
      throw new IllegalStateException("the HDFS process's jars on the tests' class path: " + hdfs);
    }
    if (jars.isEmpty()) {
      throw new IllegalStateException(
          "no cluster jars on the test class path: run this test through its surefire execution"
              + " (mvn verify), which adds them");
    }
    return jars;
  }

  /** {@code jars} joined into a class path argument. */
  static String join(List<Path> jars) {
    return jars.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }
}
