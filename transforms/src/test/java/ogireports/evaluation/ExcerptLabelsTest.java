package ogireports.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;
import ogireports.places.PlaceResolver;
import org.junit.jupiter.api.Test;

/**
 * Every labelled text of the fixtures, real and written, cut as a crawl's excerpt keeps it: its
 * first 500 to 4,000 bytes (ten lengths, each at a character's boundary). A cut text holds less
 * than the whole, so a value the kept part does not determine is null, but never another value than
 * the label's: a body's name cut from its title, a row of a table whose other rows the cut took
 * (labels printed before their rows, a correction's withdrawn table without the corrected one, last
 * year's table without this year's), a publisher's name where the body's own words were cut.
 *
 * <p>{@link CutExcerptsTest} cuts the real texts at every digit and compares with the whole text's
 * values; this test cuts every labelled text, written ones included, at a few lengths and compares
 * with the labels, metadata included.
 */
class ExcerptLabelsTest {

  private static final ReportReader READER = new ReportReader(PlaceResolver.fromClasspath(), null);

  private static final int[] LENGTHS = {500, 800, 1100, 1400, 1700, 2000, 2300, 2600, 3200, 4000};

  /**
   * Labels a correction notice after the sign-off (更正说明: "“35”有误，应为“55”") gives, where the table
   * printed another value: probe25 d03 and d04. An excerpt holds the table and not the notice, so
   * the printed value is what it determines (the whole text applies the notice).
   */
  private static final Set<String> CORRECTED_BY_A_LATER_NOTICE =
      Set.of(
          "probe25/d03-2023.txt t3_result_total 35",
          "probe25/d04-2020.txt t3_carry_out_total 3",
          "probe25/d04-2020.txt t4_review_total 3");

  /**
   * probe32's reports that name their body without its place in the title or the prose ({@code
   * 区卫生健康局2021年…}, {@code 区政府办公室2020年…}, {@code 市政府办公室按照…}), whose labels give the full name the
   * whole text prints further on (its sign-off): an excerpt cut before it reads the name it prints,
   * as the labels of titles of that form elsewhere ask (real-reports 104, 124, 133).
   */
  private static final Set<String> PRINTS_THE_NAME_WITHOUT_ITS_PLACE =
      Set.of(
          // probe55 b06: a flip-book page titled 2019年报_区政府, the body's full name in the sign-off
          // the first bytes do not reach
          "probe55/b06.txt agency 区政府",
          // probe55 b12: a page printing （六） as the 2019 template's one row, labelled unknown
          "probe55/b12.txt template 2019",
          "probe32/t04.txt agency 区卫生健康局",
          "probe32/h04.txt agency 区政府办公室",
          "probe32/t06.txt agency 市政府办公室",
          // probe37 s14 spells out 礼县人力资源和社会保障局 after the first 500 bytes
          "probe37/s14.txt agency 县人社局",
          // labels that compose a name the text does not print (市统计局 on 梧州市's or 宁乡市's site)
          "probe34/p14.txt agency 市统计局",
          "probe36/m28.txt agency 市统计局",
          "probe36/m29.txt agency 区发改委");

  private static List<Path> labelFiles() throws IOException {
    Path fixtures = Path.of("..", "fixtures");
    try (Stream<Path> s = Files.walk(fixtures)) {
      return s.filter(p -> p.getFileName().toString().equals("expected.jsonl")).sorted().toList();
    }
  }

  /**
   * Families still open in excerpts (probe58): a township's report titled by its county's
   * government whose excerpt ends before the sign-off, or whose intro names the township in words
   * not taken for a compiler (甸南镇人民政府根据…编制本报告); a government's 汇总 report against its office's.
   */
  private static final List<String> OPEN_IN_EXCERPTS =
      List.of(
          "probe58/h10.txt  agency",
          "probe58/h12.txt  agency",
          "probe58/h34.txt  agency",
          "probe58/h35.txt  agency");

  @Test
  void anExcerptReadsEachLabelledValueOrNothing() throws IOException {
    List<String> wrong = new ArrayList<>();
    int reads = excerpts(false, wrong);
    wrong.removeIf(w -> OPEN_IN_EXCERPTS.stream().anyMatch(w::startsWith));
    assertThat(reads).as("excerpts read").isGreaterThan(5000);
    assertThat(wrong).isEmpty();
  }

  /**
   * The same excerpts of the texts with their lines run together (each line break a space: a page
   * kept without its markup): the values read are the labels' or none, but for the families still
   * open, each named here by its file and field.
   */
  @Test
  void aFlattenedExcerptReadsEachLabelledValueOrNothingButTheOpenFamilies() throws IOException {
    List<String> wrong = new ArrayList<>();
    int reads = excerpts(true, wrong);
    assertThat(reads).as("excerpts read").isGreaterThan(5000);
    assertThat(wrong.stream().map(w -> w.substring(0, w.indexOf(':'))).distinct())
        .containsExactlyInAnyOrder(
            // 更正前 and 更正后 tables on one line: the withdrawn table's caption is not found
            "probe19/a05-2023.txt  t3_result_total",
            // 表1 2019年度… on the line of the table: its caption year is not found
            "probe14/s02-2020.txt  t3_new_total",
            // the page's list of the body's earlier reports (往年年报) run into one line with the
            // report's own title, or cut before it: a year of the list is read
            "probe25/i04-2024.txt  year",
            // a page-information block run into one line with the title's short form, its keys
            // spread and without colons (发 布 机 构 北京市朝阳区… 文　　号 区住建委…): the 发布机构
            // value is not cut from the line, and the title's 区住建委 is read
            "probe36/m17.txt  agency",
            // PyMuPDF's block tuples run together onto one line ((120, 72.0, …, '金华市婺城区人民政府
            // 办公室\n2022年…', 0, 0) (56.7, …): read as tuples only a line at a time, the title's
            // body loses its office
            "probe47/f06.txt  agency",
            // probe58's open families (OPEN_IN_EXCERPTS), and h20's 龙海区 (a county made a
            // district in 2021) read with the wrong words when its page runs into one line
            "probe58/h10.txt  agency",
            "probe58/h12.txt  agency",
            "probe58/h20.txt  agency",
            "probe58/h20.txt  county",
            "probe58/h34.txt  agency");
  }

  /**
   * Reads every labelled text's excerpts (its lines run together when {@code flattened}), adds each
   * value that is not the label's to {@code wrong}; returns how many excerpts were read.
   */
  private static int excerpts(boolean flattened, List<String> wrong) throws IOException {
    int reads = 0;
    for (Path labels : labelFiles()) {
      for (ExpectedReport e : ExpectedReport.readAll(labels)) {
        Path file = labels.getParent().resolve(e.file());
        if (e.reject() != null || !e.file().endsWith(".txt") || !Files.exists(file)) {
          continue;
        }
        byte[] all = Files.readAllBytes(file);
        if (!isUtf8(all)) {
          continue; // a legacy encoding's bytes are not cut at characters here
        }
        if (flattened) {
          all =
              new String(all, StandardCharsets.UTF_8)
                  .replace('\n', ' ')
                  .getBytes(StandardCharsets.UTF_8);
        }
        for (int length : LENGTHS) {
          if (length >= all.length) {
            break;
          }
          int n = length;
          while (n > 0 && (all[n] & 0xC0) == 0x80) {
            n--; // not inside a character
          }
          reads++;
          ReadOutcome o = READER.read(new Document(e.file(), Arrays.copyOf(all, n)));
          for (Evaluation.Miss m : new Evaluation().score(e, o)) {
            // no value: null, a reject, or a template the kept text does not tell
            String got = String.valueOf(m.actual());
            boolean nothing = m.actual() == null || got.startsWith("(") || got.equals("unknown");
            String printed =
                labels.getParent().getFileName()
                    + "/"
                    + e.file()
                    + " "
                    + m.field().json()
                    + " "
                    + got.replaceAll("\\.0$", "");
            if (!nothing
                && !LabelConflicts.explains(m)
                && !CORRECTED_BY_A_LATER_NOTICE.contains(printed)
                && !PRINTS_THE_NAME_WITHOUT_ITS_PLACE.contains(printed)) {
              wrong.add(labels.getParent().getFileName() + "/" + m + " (first " + n + " bytes)");
            }
          }
        }
      }
    }
    return reads;
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
