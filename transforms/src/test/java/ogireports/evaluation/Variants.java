package ogireports.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ibm.icu.text.Transliterator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * The forms a crawl gives the same report in, made from one real text (issue "Read real reports
 * whatever their line structure"): the lines joined, separators lost, re-wrapped like PDF text,
 * under a CMS header, in Traditional script, inside HTML {@code <pre>}, as a JSON Lines record.
 * Each variant keeps every value of the original; a reader must find the same ones.
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
      });

  private final BiFunction<String, Integer, String> transform;

  Variants(BiFunction<String, Integer, String> transform) {
    this.transform = transform;
  }

  /** The variant of a text; {@code seed} makes the choices (wrap width, ids) repeatable. */
  String of(String text, int seed) {
    return transform.apply(text, seed);
  }

  byte[] bytes(String text, int seed) {
    return of(text, seed).getBytes(StandardCharsets.UTF_8);
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
