package ogireports.pipeline;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import ogireports.corpus.IndexFile;

/**
 * An {@code --append} run: the previous output is linked into the staging folder ({@link
 * OutputFolder#linkPrevious}), and the new run learns what it holds: the index of its reports (for
 * the checks across documents) and their report ids (not parsed again).
 */
final class Append {

  /** The list of report ids already in the output, inside the run's temporary folder. */
  static final String KNOWN_IDS_FILE = "known-report-ids.txt";

  private Append() {}

  /**
   * Links the previous output into the staging folder and describes it.
   *
   * @return {@link OgiReportsPipeline.PriorOutput#NONE} when there is no previous output
   */
  static OgiReportsPipeline.PriorOutput prepare(OutputFolder folder)
      throws IOException, SQLException, UsageException {
    if (!folder.linkPrevious()) {
      return OgiReportsPipeline.PriorOutput.NONE;
    }
    Path staging = folder.staging();
    List<String> indexFiles = new ArrayList<>();
    try (Stream<Path> files = Files.list(staging.resolve(IndexFile.FOLDER))) {
      files
          .filter(p -> p.getFileName().toString().endsWith(IndexFile.SUFFIX))
          .sorted()
          .forEach(p -> indexFiles.add(p.toString()));
    }
    Path known = staging.resolve(OutputFolder.TEMP_DIR).resolve(KNOWN_IDS_FILE);
    Files.createDirectories(known.getParent());
    try (Warehouse w = Warehouse.open(staging);
        Statement st = w.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT DISTINCT report_id FROM reports ORDER BY 1");
        BufferedWriter out = Files.newBufferedWriter(known, StandardCharsets.UTF_8)) {
      while (rs.next()) {
        out.write(rs.getString(1));
        out.newLine();
      }
    }
    return new OgiReportsPipeline.PriorOutput(indexFiles, known.toString());
  }
}
