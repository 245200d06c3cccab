package ogireports.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xerial.snappy.OSInfo;

/** snappy-java is pointed at the library beside the jar only where there is one to load. */
class SnappyLibraryTest {

  private static final String PATH = "org.xerial.snappy.lib.path";

  @TempDir Path dir;

  @AfterEach
  void clear() {
    System.clearProperty(PATH);
  }

  private Path jar() throws IOException {
    return Files.writeString(dir.resolve("ogi-reports.jar"), "a jar");
  }

  private Path libraryFolder() throws IOException {
    Path folder =
        dir.resolve(SnappyLibrary.FOLDER)
            .resolve("org/xerial/snappy/native")
            .resolve(OSInfo.getNativeLibFolderPathForCurrentOS());
    Files.createDirectories(folder);
    Files.writeString(folder.resolve(System.mapLibraryName("snappyjava")), "a library");
    return folder;
  }

  @Test
  void theLibraryBesideTheJarIsUsed() throws IOException {
    Path folder = libraryFolder();
    SnappyLibrary.useBeside(jar());
    assertThat(System.getProperty(PATH)).isEqualTo(folder.toString());
  }

  @Test
  void withoutALibraryForThisPlatformSnappyJavaLooksInsideTheJar() throws IOException {
    Files.createDirectories(dir.resolve(SnappyLibrary.FOLDER).resolve("org/xerial/snappy/native"));
    SnappyLibrary.useBeside(jar());
    assertThat(System.getProperty(PATH)).isNull();
  }

  @Test
  void theUsersChoiceStands() throws IOException {
    libraryFolder();
    System.setProperty(PATH, "/opt/snappy");
    SnappyLibrary.useBeside(jar());
    assertThat(System.getProperty(PATH)).isEqualTo("/opt/snappy");
  }

  @Test
  void classesFromAFolderChangeNothing() throws IOException {
    libraryFolder();
    SnappyLibrary.useBeside(dir);
    SnappyLibrary.useBeside(null);
    assertThat(System.getProperty(PATH)).isNull();
  }
}
