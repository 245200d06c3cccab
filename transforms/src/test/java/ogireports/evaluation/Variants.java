package ogireports.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ibm.icu.text.Transliterator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ogireports.crawl.CrawlItem;
import ogireports.crawl.CrawlReader;
import ogireports.crawl.InputFormat;
import ogireports.crawl.Limits;
import ogireports.document.Document;
import ogireports.document.ReadOutcome;
import ogireports.document.ReportReader;

/**
 * The forms a crawl gives the same report in, made from one real text (issue "Read real reports
 * whatever their line structure"): the lines joined, separators lost, re-wrapped like PDF text,
 * under a CMS header, in Traditional script, inside HTML {@code <pre>}, as a JSON Lines record, one
 * cell per line, with spaced Han characters, in full-width forms, as an HTML table page, with PDF
 * page furniture, with web pages' invisible characters and line ends, in GB18030. Each variant
 * keeps every value of the original; a reader must find the same ones.
 */
enum Variants {
  /** Every line joined into one with nothing between: a crawler that kept text without markup. */
  JOINED((text, seed) -> String.join("", lines(text))),
  /** Every line joined with one space. */
  JOINED_SPACE((text, seed) -> String.join(" ", lines(text))),
  /** Tabs and {@code |} removed: the cells of tab and pipe rows run together. */
  NO_TABS_PIPES((text, seed) -> text.replace("\t", "").replace("|", "")),
  /** The separators inside table rows removed: every line holding digits loses its spaces too. */
  ROW_SEPARATORS_REMOVED(
      (text, seed) -> {
        List<String> out = new ArrayList<>();
        for (String line : lines(text)) {
          out.add(
              line.chars().anyMatch(Character::isDigit)
                  ? line.replaceAll("[\\t|  \u3000]", "")
                  : line);
        }
        return String.join("\n", out);
      }),
  /** Re-wrapped at 30–40 characters (never inside a number), {@code - N -} page markers. */
  PDF_REWRAPPED(Variants::rewrap),
  /** A CMS key–value header and a breadcrumb on top of the page text. */
  CMS_HEADER(
      (text, seed) ->
          String.join(
                  "\n",
                  "当前位置： 首页 > 政务公开 > 政府信息公开年报",
                  "索引号: 11000000/2024-000" + (seed % 90 + 10),
                  "发布时间: 2024-01-20 09:30",
                  "来源：本网",
                  "栏目: 政府信息公开年报",
                  "文号: 无",
                  "原文链接: ",
                  "【字体：大 中 小】 打印本页",
                  "")
              + text),
  /** Converted to Traditional script. */
  TRADITIONAL(
      (text, seed) -> Transliterator.getInstance("Simplified-Traditional").transliterate(text)),
  /** Inside an HTML {@code <pre>} block. */
  HTML_PRE(
      (text, seed) ->
          "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>政府信息公开</title>"
              + "</head><body><div class=\"nav\">首页 | 政务公开</div><pre>"
              + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
              + "</pre><div class=\"footer\">版权所有</div></body></html>"),
  /** As one JSON Lines record of a crawl dump (read through the crawl reader). */
  JSONL(
      (text, seed) -> {
        ObjectNode record = new ObjectMapper().createObjectNode();
        record.put("url", "https://www.example.org/content/" + seed + ".html");
        record.put("fetched_at", "2024-03-01T10:00:00Z");
        record.put("content", text);
        return record.toString() + "\n";
      }),
  /**
   * The {@link #HTML_TABLE} page of the text in Traditional script, as the central government's
   * Big5 gateway and sites for readers abroad serve their pages: the report must be found in the
   * page though the markers of a report's body are looked for in Simplified.
   */
  TRADITIONAL_PAGE(
      (text, seed) ->
          htmlTable(
              Transliterator.getInstance("Simplified-Traditional").transliterate(text), seed)),
  /**
   * A crawl record whose extractor took the title out of the text and kept it beside it, with the
   * page's publication date (the first line naming a 报告 with its year, in the first 40 lines, moved
   * to the {@code title} field): for even seeds one element of the JSON array a crawler's export
   * writes ({@code [{…},{…}]}, pretty-printed), for odd seeds an item of a list interface's
   * response ({@code {"code":0,"data":{"list":[…]}}}, the site's own title in a nested object).
   * Read through the crawl reader.
   */
  JSON_TITLE_APART(
      (text, seed) -> {
        ObjectMapper mapper = new ObjectMapper();
        List<String> lines = new ArrayList<>(lines(text));
        String title = null;
        for (int i = 0; i < Math.min(40, lines.size()); i++) {
          String line = lines.get(i).strip();
          if (line.contains("报告") && line.length() < 70 && line.matches(".*\\d{4}.*")) {
            title = line;
            lines.remove(i);
            break;
          }
        }
        ObjectNode record = mapper.createObjectNode();
        record.put("url", "https://www.example.org/art/" + seed + ".html");
        if (title != null) {
          record.put("title", title);
        }
        record.put("publishTime", "2024-01-18 16:20:00");
        record.put("content", String.join("\n", lines));
        if (seed % 2 == 0) {
          ObjectNode other = mapper.createObjectNode();
          other.put("url", "https://www.example.org/art/other.html");
          other.put("title", "关于印发工作要点的通知");
          other.put("content", "各有关单位：现将工作要点印发给你们。");
          try {
            return mapper
                .writerWithDefaultPrettyPrinter()
                .writeValueAsString(mapper.createArrayNode().add(record).add(other));
          } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
          }
        }
        ObjectNode response = mapper.createObjectNode();
        response.put("code", 0);
        ObjectNode data = response.putObject("data");
        data.putObject("site").put("title", "某某市人民政府门户网站");
        data.putArray("list").add(record);
        return response.toString();
      }),
  /**
   * Each table row whose cells are separated by tabs, {@code |} or runs of two or more spaces
   * becomes one line per cell, empty cells dropped and nothing between the rows: the text of an
   * HTML table copied from a browser's reader view or read by an extractor that puts every block on
   * its own line, and what many PDF extractors give for a ruled table.
   */
  ONE_CELL_PER_LINE(
      (text, seed) -> {
        List<String> out = new ArrayList<>();
        for (String line : lines(text)) {
          List<String> cells = cells(line);
          if (cells == null) {
            out.add(line);
          } else {
            cells.stream().filter(c -> !c.isEmpty()).forEach(out::add);
          }
        }
        return String.join("\n", out);
      }),
  /**
   * A space between every two neighbouring Han characters, digits and other characters untouched:
   * PDF text set with character spacing (titles and justified lines), which pdftotext and pypdf
   * give as {@code 政 府 信 息 公 开}. Every line of even seeds, every other line of odd ones.
   */
  HAN_SPACED(
      (text, seed) -> {
        List<String> out = new ArrayList<>();
        int i = 0;
        for (String line : lines(text)) {
          out.add(seed % 2 == 0 || i++ % 2 == 0 ? hanSpaced(line) : line);
        }
        return String.join("\n", out);
      }),
  /**
   * ASCII digits and punctuation typed as their full-width forms ({@code ０-９，：（）．％}): Word
   * documents typed with a Chinese input method in full-width mode, published as they are. Latin
   * letters, the {@code |} of table rows and the characters of markup stay ASCII.
   */
  FULLWIDTH((text, seed) -> fullwidth(text)),
  /**
   * An HTML page of the text: each table row (a line of cells separated by tabs, {@code |} or runs
   * of spaces) a {@code <tr>} of {@code <td>} cells, consecutive rows one {@code <table>}, every
   * other line a {@code <p>}: the page a CMS publishes, read through the HTML path. For odd seeds
   * the page of a rich-text editor: every space written {@code &nbsp;} and each paragraph indented
   * by four of them.
   */
  HTML_TABLE(Variants::htmlTable),
  /**
   * PDF page furniture left in the text by an extractor: after every 30–45 lines (inside tables
   * too) a page footer ({@code 第 3 页 共 8 页}, {@code — 3 —} or {@code 3/8}, by seed), and on the
   * next page the running header: the report's title (its first short line naming a 报告) repeated.
   */
  PAGE_FURNITURE(Variants::pageFurniture),
  /**
   * What web pages carry: a byte-order mark, CRLF line ends (lone CR for odd seeds: pages saved on
   * old Macs), every space a no-break space (U+00A0, from {@code &nbsp;}) and zero-width spaces
   * (U+200B) at the start and end of lines and after Chinese punctuation.
   */
  LINE_ENDINGS_AND_INVISIBLES(Variants::invisibles),
  /**
   * As a crawler that saves pages as Markdown writes them: section headings as {@code ##} headings,
   * the title (the first line naming a 报告) in {@code **bold**}, table rows as {@code | a | b |}
   * with a delimiter row ({@code | --- |}) under each table's first row, a {@code |} in a cell
   * escaped, and for odd seeds a label's line break inside a cell as {@code <br>}, paragraphs as
   * list items ({@code - }) where a line starts with a bullet.
   */
  MARKDOWN(Variants::markdown),
  /**
   * With the header a crawler writes above a page's text: for even seeds a reader service's ({@code
   * Title:} the report's title, {@code URL Source:}, {@code Published Time:}, {@code Markdown
   * Content:}) above the {@link #MARKDOWN} form, for odd seeds YAML front matter ({@code title:},
   * {@code url:}, {@code date:}, a list) above the text as it is.
   */
  CRAWLER_HEADER(Variants::crawlerHeader),
  /**
   * Garbled by a crawl that read the bytes in the web's default charset and saved the result as
   * UTF-8: for even seeds the UTF-8 bytes read as Windows-1252 (its undefined bytes as the control
   * characters of the same number, as browsers do), for odd seeds the text's GB18030 bytes read as
   * ISO-8859-1.
   */
  MOJIBAKE(Variants::mojibake),
  /**
   * The {@link #HTML_TABLE} page's body held in an XML wrapper, as a site's article interface or a
   * CMS export serves it: for even seeds in a {@code <![CDATA[…]]>} section of a TRS-style record
   * ({@code <DOCUMENT><DOCID>…<DOCCONTENT>}), for odd seeds escaped ({@code &lt;table&gt;}) in an
   * RSS item's {@code <description>}.
   */
  XML_WRAPPED(Variants::xmlWrapped),
  /**
   * Encoded in GB18030 (a superset of GBK) instead of UTF-8, as many Chinese sites serve pages: the
   * text as it is for even seeds; for odd seeds the {@link #HTML_TABLE} page declaring {@code
   * charset=gb2312}, as such sites' pages do though they hold GBK characters.
   */
  GB18030(
      (text, seed) ->
          seed % 2 == 0
              ? text
              : htmlTable(text, seed + 1).replace("charset=\"utf-8\"", "charset=\"gb2312\""),
      (text, seed) -> text.getBytes(java.nio.charset.Charset.forName("GB18030"))),
  /**
   * A count of zero typed as the numeral {@code 〇} (odd seeds: the circle {@code ○} typed for it,
   * as in {@code 二○二三年}), as some filers' input methods give it: every {@code 0} that is a cell of
   * its own, in a table row or on a line of its own, with or without its unit.
   */
  ZERO_IDEOGRAPH((text, seed) -> zeroIdeograph(text, seed % 2 == 0 ? "〇" : "○")),
  /**
   * A scanned report read back by OCR: in the table cells (a number that is a cell of its own, in a
   * table row or on a line of its own), some {@code 0} printed as {@code O} or {@code o} and some
   * {@code 1} as {@code l} or {@code I}, chosen by the seed ({@code 1O}, {@code I}, {@code O}); the
   * prose keeps its digits.
   */
  OCR_DIGITS(Variants::ocrDigits),
  /**
   * Table 四 printed as two tables, 行政复议 and 行政诉讼, as many county and department reports print it,
   * each under a caption: by seed {@code 表一：行政复议情况} / {@code 表二：行政诉讼情况}, {@code 表2　…} / {@code
   * 表3　…} with table 三 captioned {@code 表1　收到和处理政府信息公开申请情况} too (in every text that has the heading
   * of section 三), the sub-headings {@code （一）行政复议情况} / {@code （二）行政诉讼情况}, or no caption and a
   * blank line between the parts (each part's first row naming it) ({@code seed % 4}). The parts
   * are laid out as the table was, or, by {@code seed / 4 % 6}, as pipe rows, tab rows, tab cells,
   * a cell per line or rows of space-separated cells. Each part's header prints a group's cells in
   * the order the table's header printed them (总计 first where it stood first). Only a table 四 whose
   * fifteen values follow its whole header, on lines of values alone, and whose header shows the
   * cells' order, is split; any other text is left as it is.
   */
  T4_SPLIT(Variants::splitTable4);

  private final BiFunction<String, Integer, String> transform;
  private final BiFunction<String, Integer, byte[]> encode;

  Variants(BiFunction<String, Integer, String> transform) {
    this(transform, (text, seed) -> text.getBytes(StandardCharsets.UTF_8));
  }

  Variants(
      BiFunction<String, Integer, String> transform, BiFunction<String, Integer, byte[]> encode) {
    this.transform = transform;
    this.encode = encode;
  }

  /** True for the forms read through the crawl reader (a file of records), not as a document. */
  boolean isCrawlRecords() {
    return this == JSONL || this == JSON_TITLE_APART;
  }

  /**
   * True for the forms that destroy information a value may need: the separators between cells, so
   * that digits of neighbouring cells run together and some rows split several ways; and OCR's
   * letters for digits, read as digits only where the table's own arithmetic confirms them (a
   * report whose table does not add up loses them). Only these may lose a value, and only where the
   * report declares it lost; every other form keeps all.
   */
  boolean mayLoseValues() {
    return this == JOINED
        || this == JOINED_SPACE
        || this == NO_TABS_PIPES
        || this == ROW_SEPARATORS_REMOVED
        || this == OCR_DIGITS;
  }

  /** The variant of a text; {@code seed} makes the choices (wrap width, ids) repeatable. */
  String of(String text, int seed) {
    return transform.apply(text, seed);
  }

  /**
   * This variant of {@code text} read by {@code reader} as a crawl gives it: the file's bytes, or
   * the one record of a crawl file (its format told from the bytes, as for a file named {@code
   * .json}).
   */
  ReadOutcome read(ReportReader reader, String file, String text, int seed) {
    byte[] bytes = bytes(text, seed);
    String name = file + "#" + name().toLowerCase();
    if (!isCrawlRecords()) {
      return reader.read(new Document(name, bytes));
    }
    try (CrawlReader crawl =
        CrawlReader.open(
            name + ".json",
            new ByteArrayInputStream(bytes),
            InputFormat.detect(name + ".json", bytes),
            Limits.DEFAULTS)) {
      if (!(crawl.next() instanceof CrawlItem.Readable readable)) {
        throw new IllegalStateException(name + ": no readable record");
      }
      return reader.read(readable.document());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  byte[] bytes(String text, int seed) {
    return encode.apply(of(text, seed), seed);
  }

  /**
   * The cells of a table row: the line cut at tabs, {@code |} and runs of two or more spaces
   * (U+0020 or U+3000) between its text, each cell trimmed; null when the line has no such
   * separator after its first text (a line of prose, or one cell indented). A run of spaces between
   * two lone Han characters spreads one word ({@code 标 题}, {@code 大 中 小}), as labels are spread to
   * align: it separates nothing.
   */
  static List<String> cells(String line) {
    String row = INDENT.matcher(line).replaceAll("");
    List<String> cells = new ArrayList<>();
    Matcher m = SEPARATOR.matcher(row);
    int from = 0;
    while (m.find()) {
      if (m.group().isBlank() && spreadWord(row, m.start(), m.end())) {
        continue;
      }
      cells.add(row.substring(from, m.start()).trim());
      from = m.end();
    }
    if (cells.isEmpty()) {
      return null;
    }
    cells.add(row.substring(from).trim());
    if (cells.get(0).isEmpty() && cells.stream().filter(c -> !c.isEmpty()).count() < 2) {
      return null; // a cell indented by a tab: the row already stands one cell per line
    }
    return cells;
  }

  /** True when the spaces {@code [start, end)} stand between two lone Han characters. */
  private static boolean spreadWord(String row, int start, int end) {
    return start >= 1
        && end < row.length()
        && han(row.charAt(start - 1))
        && han(row.charAt(end))
        && (start == 1 || isSpace(row.charAt(start - 2)))
        && (end + 1 == row.length() || isSpace(row.charAt(end + 1)));
  }

  /** Spaces starting or ending a line: indentation, no separator. */
  private static final Pattern INDENT = Pattern.compile("^[ \u3000]+|[ \u3000]+$");

  private static final Pattern SEPARATOR =
      Pattern.compile("[ \u3000]*[\t|][ \u3000]*|[ \u3000]{2,}");

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u3000';
  }

  private static boolean han(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  static String hanSpaced(String line) {
    StringBuilder out = new StringBuilder(line.length() * 2);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      out.append(c);
      if (i + 1 < line.length() && han(c) && han(line.charAt(i + 1))) {
        out.append(' ');
      }
    }
    return out.toString();
  }

  private static final Pattern LONE_ZERO =
      Pattern.compile("(?<=^|[\\t|\u3000 ])0(?=件?(?:$|[\\t|\u3000 ]))");

  static String zeroIdeograph(String text, String zero) {
    List<String> out = new ArrayList<>();
    for (String line : lines(text)) {
      boolean cell = line.strip().equals("0") || line.strip().equals("0件") || cells(line) != null;
      out.add(cell ? LONE_ZERO.matcher(line).replaceAll(zero) : line);
    }
    return String.join("\n", out);
  }

  /** A number standing as a cell of its own: between separators or the line's ends. */
  private static final Pattern CELL_NUMBER =
      Pattern.compile("(?<=^|[\\t|\u3000 ])[0-9]+(?=件?(?:$|[\\t|\u3000 ]))");

  static String ocrDigits(String text, int seed) {
    Random random = new Random(seed);
    List<String> out = new ArrayList<>();
    for (String line : lines(text)) {
      boolean cell = line.strip().matches("[0-9]+件?") || cells(line) != null;
      if (!cell) {
        out.add(line);
        continue;
      }
      Matcher m = CELL_NUMBER.matcher(line);
      StringBuilder row = new StringBuilder();
      int from = 0;
      while (m.find()) {
        row.append(line, from, m.start());
        for (int i = m.start(); i < m.end(); i++) {
          char c = line.charAt(i);
          if (c == '0' && random.nextInt(3) == 0) {
            c = random.nextBoolean() ? 'O' : 'o';
          } else if (c == '1' && random.nextInt(3) == 0) {
            c = random.nextBoolean() ? 'l' : 'I';
          }
          row.append(c);
        }
        from = m.end();
      }
      row.append(line.substring(from));
      out.add(row.toString());
    }
    return String.join("\n", out);
  }

  static String fullwidth(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      boolean kept = letter || c == '|' || c == '<' || c == '>' || c == '&';
      out.append(c > ' ' && c < 0x7F && !kept ? (char) (c + 0xFEE0) : c);
    }
    return out.toString();
  }

  static String htmlTable(String text, int seed) {
    StringBuilder out =
        new StringBuilder(
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>政府信息公开</title></head>"
                + "<body><div class=\"nav\">首页 | 政务公开</div>\n<div class=\"content\">\n");
    boolean inTable = false;
    boolean nbsp = seed % 2 == 1; // an editor's page: spaces and indents as &nbsp;
    for (String line : lines(text)) {
      List<String> cells = cells(line);
      if (cells != null) {
        if (!inTable) {
          out.append("<table border=\"1\">\n");
          inTable = true;
        }
        out.append("<tr>");
        for (String c : cells) {
          out.append("<td>").append(nbsp ? escape(c).replace(" ", "&nbsp;") : escape(c));
          out.append("</td>");
        }
        out.append("</tr>\n");
        continue;
      }
      if (inTable) {
        out.append("</table>\n");
        inTable = false;
      }
      String p = escape(line.trim());
      out.append("<p>")
          .append(nbsp && !p.isEmpty() ? "&nbsp;&nbsp;&nbsp;&nbsp;" + p.replace(" ", "&nbsp;") : p)
          .append("</p>\n");
    }
    if (inTable) {
      out.append("</table>\n");
    }
    return out.append("</div><div class=\"footer\">版权所有</div></body></html>\n").toString();
  }

  private static final Pattern SECTION_HEADING = Pattern.compile("^[ \u3000]*[一二三四五六七八九十]{1,2}、");

  static String markdown(String text, int seed) {
    StringBuilder out = new StringBuilder();
    boolean inTable = false;
    boolean titled = false;
    for (String line : lines(text)) {
      List<String> cells = cells(line);
      if (cells != null) {
        out.append('|');
        for (String c : cells) {
          String cell = c.replace("|", "\\|");
          if (seed % 2 == 1 && cell.length() > 12 && !cell.matches(".*\\d.*")) {
            cell = cell.substring(0, 6) + "<br>" + cell.substring(6);
          }
          out.append(' ').append(cell).append(" |");
        }
        out.append('\n');
        if (!inTable) {
          out.append('|').append(" --- |".repeat(cells.size())).append('\n');
          inTable = true;
        }
        continue;
      }
      inTable = false;
      String t = line.strip();
      if (!titled && t.contains("报告") && t.length() <= 60 && !t.isEmpty()) {
        out.append("**").append(t).append("**\n");
        titled = true;
      } else if (SECTION_HEADING.matcher(line).find() && t.length() <= 40) {
        out.append("## ").append(t).append('\n');
      } else if (t.startsWith("•")) {
        out.append("- ").append(t.substring(1).strip()).append('\n');
      } else {
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }

  static String crawlerHeader(String text, int seed) {
    String title =
        lines(text).stream()
            .map(String::strip)
            .filter(l -> l.contains("报告") && l.length() <= 60)
            .findFirst()
            .orElse("政府信息公开");
    String url = "https://pages.example.org/" + seed + ".html";
    if (seed % 2 == 0) {
      return "Title: "
          + title
          + "\n\nURL Source: "
          + url
          + "\n\nPublished Time: 2023-01-20T08:00:00+08:00\n\nMarkdown Content:\n"
          + markdown(text, seed);
    }
    return "---\ntitle: \""
        + title
        + "\"\nurl: "
        + url
        + "\ndate: 2023-01-20\ntags:\n  - 政务公开\n---\n"
        + text;
  }

  static String mojibake(String text, int seed) {
    boolean gbk = seed % 2 == 1;
    byte[] bytes =
        text.getBytes(gbk ? java.nio.charset.Charset.forName("GB18030") : StandardCharsets.UTF_8);
    java.nio.charset.Charset cp1252 = java.nio.charset.Charset.forName("windows-1252");
    StringBuilder out = new StringBuilder(bytes.length);
    for (byte b : bytes) {
      int v = b & 0xFF;
      String c = gbk || v < 0x80 || v > 0x9F ? null : new String(new byte[] {b}, cp1252);
      out.append(c == null || c.equals("\uFFFD") ? (char) v : c.charAt(0));
    }
    return out.toString();
  }

  static String xmlWrapped(String text, int seed) {
    String page = htmlTable(text, seed);
    String body = page.substring(page.indexOf("<body>") + 6, page.lastIndexOf("</body>"));
    String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    if (seed % 2 == 0) {
      return head
          + "<DOCUMENT>\n<DOCID>"
          + (1000 + seed)
          + "</DOCID>\n<DOCCHANNEL>政府信息公开年报</DOCCHANNEL>\n<DOCCONTENT><![CDATA["
          + body
          + "]]></DOCCONTENT>\n<DOCAUTHOR>办公室</DOCAUTHOR>\n</DOCUMENT>\n";
    }
    return head
        + "<rss version=\"2.0\"><channel><title>政务公开</title>\n"
        + "<item>\n"
        + "<link>http://www.example.gov.cn/"
        + seed
        + ".html</link>\n<description>"
        + escape(body)
        + "</description>\n</item></channel></rss>\n";
  }

  private static final Pattern T4_HEADING = Pattern.compile("^[#\\s\u3000]*四[、.．].*(复议|诉讼)");

  private static final Pattern T3_HEADING = Pattern.compile("^[#\\s\u3000]*三[、.．].*申请");

  private static final Pattern NEXT_HEADING = Pattern.compile("^[#\\s\u3000]*[五六][、.．]");

  private static final Pattern VALUE_LINE =
      Pattern.compile("[\\s\u3000|]*\\d+([\\s\u3000|]+\\d+)*[\\s\u3000|]*");

  private static final List<String> T4_CELLS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

  /** How a table's rows are laid out, as {@link #splitTable4} finds and prints them. */
  private enum RowForm {
    PIPE,
    TSV,
    TAB_CELLS,
    CELL_PER_LINE,
    SPACE_ROWS
  }

  static String splitTable4(String text, int seed) {
    List<String> in = seed % 4 == 1 ? captionTable3(lines(text)) : lines(text);
    String kept = seed % 4 == 1 ? String.join("\n", in) : text;
    int h4 = -1; // the heading of section 四 and the one after it
    int end = in.size();
    for (int i = 0; i < in.size(); i++) {
      String s = in.get(i);
      if (h4 < 0 && T4_HEADING.matcher(s).find() && s.strip().length() <= 40) {
        h4 = i;
      } else if (h4 >= 0 && NEXT_HEADING.matcher(s).find()) {
        end = i;
        break;
      }
    }
    if (h4 < 0) {
      return kept;
    }
    int start = -1;
    for (int i = h4 + 1; i < end && start < 0; i++) {
      String s = in.get(i).replaceAll("[\\s\u3000|]", "");
      if (s.startsWith("行政复议") && s.length() <= 40) {
        start = i;
      }
    }
    if (start < 0) {
      return kept;
    }
    List<String> values = new ArrayList<>();
    StringBuilder header = new StringBuilder();
    int firstValue = -1;
    int lastValue = -1;
    for (int i = start; i < end; i++) {
      String s = in.get(i);
      if (firstValue < 0 && !VALUE_LINE.matcher(s).matches()) {
        header.append(s).append('\n');
      }
      if (VALUE_LINE.matcher(s).matches()) {
        firstValue = firstValue < 0 ? i : firstValue;
        lastValue = i;
        values.addAll(List.of(s.replaceAll("^[\\s\u3000|]+", "").split("[\\s\u3000|]+")));
      } else if (s.isBlank()) {
        continue;
      } else if (firstValue >= 0 || s.matches(".*\\d.*")) {
        break; // text among the values, or a number in the header: not split
      }
    }
    List<String> cells = headerCells(header.toString());
    if (values.size() != 15 || cells == null) {
      return kept;
    }
    int relaid = seed / 4 % (RowForm.values().length + 1);
    RowForm form =
        relaid == 0
            ? rowForm(in.subList(start, lastValue + 1), in.subList(firstValue, lastValue + 1))
            : RowForm.values()[relaid - 1];
    int style = seed % 4;
    String[][] captions = {
      {"表一：行政复议情况", "表二：行政诉讼情况"},
      {"表2\u3000行政复议情况", "表3\u3000行政诉讼情况"},
      {"（一）行政复议情况", "（二）行政诉讼情况"},
      {null, null}
    };
    List<String> out = new ArrayList<>(in.subList(0, start));
    List<String> blank10 = new ArrayList<>(java.util.Collections.nCopies(10, ""));
    for (int part = 0; part < 2; part++) {
      List<List<String>> rows = new ArrayList<>();
      String caption = captions[style][part];
      if (caption == null) {
        List<String> name = new ArrayList<>(blank10.subList(0, part == 0 ? 5 : 10));
        name.set(0, part == 0 ? "行政复议" : "行政诉讼");
        rows.add(name);
        if (part == 1) {
          out.add("");
        }
      } else {
        out.add(caption);
      }
      if (part == 1) {
        List<String> groups = new ArrayList<>(blank10);
        groups.set(0, "未经复议直接起诉");
        groups.set(5, "复议后起诉");
        rows.add(groups);
        List<String> twice = new ArrayList<>(cells);
        twice.addAll(cells);
        rows.add(twice);
        rows.add(values.subList(5, 15));
      } else {
        rows.add(cells);
        rows.add(values.subList(0, 5));
      }
      for (List<String> row : rows) {
        printRow(out, row, form);
      }
    }
    out.addAll(in.subList(lastValue + 1, in.size()));
    return String.join("\n", out);
  }

  /**
   * A group's five cells in the order the whole table's header prints them (its words {@code 维持} or
   * {@code 维护}, {@code 纠正}, {@code 其他}, {@code 审结}, {@code 总计} once, or once for each of the three
   * groups in one order), in the template's words; null when the header shows no such order.
   */
  private static List<String> headerCells(String header) {
    List<Integer> seen = new ArrayList<>();
    for (int i = 0; i < header.length(); i++) {
      for (int k = 0; k < T4_CELL_WORDS.size(); k++) {
        if (header.startsWith(T4_CELL_WORDS.get(k), i)) {
          seen.add(k % 5);
        }
      }
    }
    if (seen.size() != 5 && seen.size() != 15) {
      return null;
    }
    List<String> cells = new ArrayList<>();
    for (int k = 0; k < seen.size(); k++) {
      if (k < 5 ? seen.subList(0, k).contains(seen.get(k)) : !seen.get(k).equals(seen.get(k % 5))) {
        return null;
      }
      if (k < 5) {
        cells.add(T4_CELLS.get(seen.get(k)));
      }
    }
    return cells;
  }

  private static final List<String> T4_CELL_WORDS = List.of("维持", "纠正", "其他", "审结", "总计", "维护");

  /** The lines with {@code 表1　收到和处理政府信息公开申请情况} after the heading of section 三. */
  private static List<String> captionTable3(List<String> in) {
    List<String> out = new ArrayList<>();
    boolean done = false;
    for (String line : in) {
      out.add(line);
      if (!done && T3_HEADING.matcher(line).find() && line.strip().length() <= 40) {
        out.add("表1\u3000收到和处理政府信息公开申请情况");
        done = true;
      }
    }
    return out;
  }

  private static RowForm rowForm(List<String> table, List<String> valueLines) {
    if (table.stream().anyMatch(l -> l.indexOf('|') >= 0)) {
      return RowForm.PIPE;
    }
    boolean oneEach = true;
    boolean tabbed = true;
    for (String l : valueLines) {
      if (l.isBlank()) {
        continue;
      }
      if (l.strip().contains("\t")) {
        return RowForm.TSV;
      }
      oneEach &= l.strip().split("[\\s\u3000]+").length == 1;
      tabbed &= l.startsWith("\t");
    }
    return !oneEach ? RowForm.SPACE_ROWS : tabbed ? RowForm.TAB_CELLS : RowForm.CELL_PER_LINE;
  }

  private static void printRow(List<String> out, List<String> cells, RowForm form) {
    List<String> filled = cells.stream().filter(c -> !c.isEmpty()).toList();
    switch (form) {
      case PIPE -> out.add("| " + String.join(" | ", cells) + " |");
      case TSV -> out.add(String.join("\t", cells));
      case TAB_CELLS -> {
        filled.forEach(c -> out.add("\t" + c));
        out.add("");
      }
      case CELL_PER_LINE -> out.addAll(filled);
      case SPACE_ROWS -> out.add(String.join(" ", filled));
    }
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  static String pageFurniture(String text, int seed) {
    Random random = new Random(seed);
    List<String> in = lines(text);
    String running = // the report's title, as a running header prints it (none if no title)
        in.stream()
            .map(String::trim)
            .filter(l -> l.length() <= 40 && l.contains("报告") && !l.contains("|"))
            .findFirst()
            .orElse(null);
    int every = 30 + random.nextInt(16);
    int pages = in.size() / every + 1;
    List<String> out = new ArrayList<>();
    int page = 1;
    for (int i = 0; i < in.size(); i++) {
      out.add(in.get(i));
      if ((i + 1) % every == 0 && i + 1 < in.size()) {
        out.add(footer(page++, pages, seed));
        if (running != null) {
          out.add(running);
        }
      }
    }
    out.add(footer(page, pages, seed));
    return String.join("\n", out);
  }

  private static String footer(int page, int pages, int seed) {
    return switch (seed % 3) {
      case 0 -> "第 " + page + " 页 共 " + pages + " 页";
      case 1 -> "— " + page + " —";
      default -> page + "/" + pages;
    };
  }

  static String invisibles(String text, int seed) {
    String lineEnd = seed % 2 == 0 ? "\r\n" : "\r";
    StringBuilder out = new StringBuilder("\uFEFF");
    int i = 0;
    for (String line : lines(text)) {
      if (i > 0) {
        out.append(lineEnd);
      }
      if (i++ % 3 == 0) {
        out.append('\u200B');
      }
      for (int k = 0; k < line.length(); k++) {
        char c = line.charAt(k);
        out.append(c == ' ' ? '\u00A0' : c);
        if (c == '。' || c == '，' || c == '：') {
          out.append('\u200B');
        }
      }
      if (i % 4 == 0) {
        out.append('\u200B');
      }
    }
    return out.toString();
  }

  private static List<String> lines(String text) {
    return List.of(text.split("\\r?\\n", -1));
  }

  /**
   * PDF-like text: each line cut into pieces of 30–40 characters at a place where neither side is a
   * digit or an ASCII letter, and a page marker {@code - N -} after every 40 lines.
   */
  static String rewrap(String text, int seed) {
    Random random = new Random(seed);
    List<String> out = new ArrayList<>();
    for (String line : lines(text)) {
      String rest = line;
      while (rest.length() > 40) {
        int width = 30 + random.nextInt(11);
        int cut = width;
        while (cut < rest.length() && !breakable(rest, cut)) {
          cut++;
        }
        if (cut >= rest.length()) {
          break;
        }
        out.add(rest.substring(0, cut));
        rest = rest.substring(cut);
      }
      out.add(rest);
    }
    List<String> paged = new ArrayList<>();
    int page = 1;
    for (int i = 0; i < out.size(); i++) {
      paged.add(out.get(i));
      if ((i + 1) % 40 == 0) {
        paged.add("- " + page++ + " -");
      }
    }
    paged.add("- " + page + " -");
    return String.join("\n", paged);
  }

  private static boolean breakable(String s, int at) {
    return !word(s.charAt(at - 1)) || !word(s.charAt(at));
  }

  private static boolean word(char c) {
    return (c >= '0' && c <= '9')
        || (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '０' && c <= '９')
        || c == '.'
        || c == '．';
  }
}
