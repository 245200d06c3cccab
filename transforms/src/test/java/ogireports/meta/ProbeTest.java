package ogireports.meta;

import java.nio.file.*;
import java.util.*;
import org.junit.jupiter.api.Test;
import ogireports.places.PlaceResolver;

class ProbeTest {
  @Test
  void probe() throws Exception {
    List<Path> files = new ArrayList<>();
    try (var s = Files.list(Path.of("../samples"))) { s.sorted().forEach(files::add); }
    try (var s = Files.list(Path.of("src/test/resources/ogireports/meta/real"))) { s.sorted().forEach(files::add); }
    PlaceResolver r = PlaceResolver.fromClasspath();
    for (Path p : files) {
      List<String> lines = Arrays.asList(Files.readString(p).replace("\r", "").split("\n", -1));
      var m = MetadataReader.read(lines);
      System.out.println(p.getFileName() + " => " + m);
      System.out.println("    " + r.resolveWithStatus(m.agency(), lines, m.year()));
    }
  }
}
