package ogireports.clusters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;

/**
 * The runnable jar the pipeline module builds ({@code pipeline/target/ogi-reports.jar}), run as a
 * separate process the way {@code ./ogi-reports} runs it: with {@code java -jar}, or with a class
 * path in front of it (a runner the jar does not carry) and the main class its manifest names.
 */
final class ProductJar {

  /** The JVM options {@code ./ogi-reports} uses by default. */
  static final List<String> JAVA_OPTS =
      List.of(
          "-Xmx1280m",
          "-XX:+UseParallelGC",
          "--add-opens=java.base/java.util=ALL-UNNAMED",
          "--add-opens=java.base/java.lang=ALL-UNNAMED",
          "--add-opens=java.base/java.nio=ALL-UNNAMED",
          "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
          "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED");

  private ProductJar() {}

  /** The jar; the reactor builds it in the pipeline module's package phase, before these tests. */
  static Path path() {
    Path jar =
        Path.of(
                System.getProperty(
                    "ogireports.productJar",
                    Modules.base().resolve("../pipeline/target/ogi-reports.jar").toString()))
            .toAbsolutePath()
            .normalize();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar + " does not exist: build it first (mvn -DskipTests package -pl pipeline -am)");
    }
    return jar;
  }

  /** The launcher class the jar's manifest names. */
  static String mainClass() throws IOException {
    try (JarFile jar = new JarFile(path().toFile())) {
      return jar.getManifest().getMainAttributes().getValue("Main-Class");
    }
  }

  /** Runs {@code java -jar ogi-reports.jar args} and fails, with its output, unless it exits 0. */
  static void run(String name, Path log, List<String> args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ChildProcess.java());
    command.addAll(JAVA_OPTS);
    command.add("-jar");
    command.add(path().toString());
    command.addAll(args);
    run(name, command, Map.of(), log);
  }

  /**
   * Runs the jar's main class with {@code classpathBefore} in front of the jar on the class path,
   * extra JVM options and environment, and fails, with its output, unless it exits 0.
   */
  static void runWith(
      String name,
      Path log,
      String classpathBefore,
      List<String> javaOpts,
      Map<String, String> env,
      List<String> args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ChildProcess.java());
    command.addAll(JAVA_OPTS);
    command.addAll(javaOpts);
    command.add("-cp");
    command.add(classpathBefore + java.io.File.pathSeparator + path());
    command.add(mainClass());
    command.addAll(args);
    run(name, command, env, log);
  }

  private static void run(String name, List<String> command, Map<String, String> env, Path log)
      throws IOException, InterruptedException {
    ChildProcess p = ChildProcess.start(name, command, env, Modules.base(), log);
    int code = p.waitFor();
    if (code != 0) {
      throw new AssertionError(name + " exited with code " + code + "\n" + p.tail(80));
    }
  }
}
