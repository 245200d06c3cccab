package ogireports.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tables printed as LaTeX, as OCR models that read scanned PDFs into Markdown write them (Nougat,
 * GOT-OCR, some olmOCR and MinerU versions): {@code \begin{tabular}{|c|c|…|}}, cells separated by
 * {@code &}, rows ended by {@code \\}, rules {@code \hline}, merged cells {@code
 * \multicolumn{3}{|c|}{一、本年新收…}} and {@code \multirow{2}{*}{自然人}}. Each row becomes a pipe row
 * ({@code | 一、本年新收… | 55 | 7 | … |}), a merged cell one cell with its text, and the rules and the
 * environment's lines go.
 *
 * <p>Why by hand: no Java library reads LaTeX's tabular into cells short of a TeX engine; the few
 * commands these models write are unwrapped here, any other command keeps its arguments' text.
 */
public final class LatexTables {

  /** The lines, and for each the 1-based line of the input it comes from. */
  public record Rewritten(List<String> lines, int[] sourceLine, boolean changed) {}

  private static final String BEGIN = "\\begin{tabular}";
  private static final String END = "\\end{tabular}";

  private LatexTables() {}

  /** The lines with each tabular environment's rows as pipe rows; {@code lines} when none. */
  public static Rewritten rewrite(List<String> lines) {
    int first = -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line != null && line.indexOf('\\') >= 0 && line.contains(BEGIN)) {
        first = i;
        break;
      }
    }
    if (first < 0) {
      return new Rewritten(lines, null, false);
    }
    List<String> out = new ArrayList<>(lines.size());
    int[] source = new int[lines.size()];
    boolean inside = false;
    StringBuilder row = new StringBuilder(); // a row may go on over lines until its \\
    int rowLine = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i) == null ? "" : lines.get(i);
      if (i < first) {
        source[out.size()] = i + 1;
        out.add(line);
        continue;
      }
      String t = line.strip();
      if (!inside) {
        int at = t.indexOf(BEGIN);
        if (at < 0) {
          source[out.size()] = i + 1;
          out.add(line);
          continue;
        }
        inside = true;
        t = afterGroups(t, at + BEGIN.length(), 1); // the column spec
        row.setLength(0);
      }
      int end = t.indexOf(END);
      String part = end >= 0 ? t.substring(0, end) : t;
      if (pipeRow(row.toString()) == null) {
        row.setLength(0); // nothing gathered but rules: the row starts on this line
        rowLine = i + 1;
      }
      row.append(part).append(' ');
      // every complete row of what is gathered: up to each \\ (a \\ inside braces stays)
      int cut;
      while ((cut = rowEnd(row)) >= 0) {
        String cells = pipeRow(row.substring(0, cut));
        row.delete(0, cut + 2);
        if (cells != null) {
          source[out.size()] = rowLine;
          out.add(cells);
        }
      }
      if (end >= 0) {
        String cells = pipeRow(row.toString());
        if (cells != null) {
          source[out.size()] = rowLine;
          out.add(cells);
        }
        row.setLength(0);
        inside = false;
        String after = t.substring(end + END.length()).strip();
        if (!after.isEmpty()) {
          source[out.size()] = i + 1;
          out.add(after);
        }
      }
    }
    if (inside && !row.toString().isBlank()) {
      String cells = pipeRow(row.toString()); // an excerpt cut inside the table
      if (cells != null) {
        source[out.size()] = rowLine;
        out.add(cells);
      }
    }
    return new Rewritten(out, Arrays.copyOf(source, out.size()), true);
  }

  /** Where the first {@code \\} outside braces starts in {@code s}, or -1. */
  private static int rowEnd(CharSequence s) {
    int depth = 0;
    for (int i = 0; i + 1 < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth = Math.max(0, depth - 1);
      } else if (c == '\\' && depth == 0) {
        if (s.charAt(i + 1) == '\\') {
          return i;
        }
        i++; // an escaped character or a command's first letter
      }
    }
    return -1;
  }

  /** A row's LaTeX as a pipe row, or null when it holds no cell text (a rule). */
  private static String pipeRow(String latex) {
    List<String> cells = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < latex.length(); i++) {
      char c = latex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth = Math.max(0, depth - 1);
      } else if (c == '&' && depth == 0) {
        cells.add(cellText(latex.substring(from, i)));
        from = i + 1;
      }
    }
    cells.add(cellText(latex.substring(from)));
    boolean any = false;
    for (String cell : cells) {
      any |= !cell.isEmpty();
    }
    return any ? "| " + String.join(" | ", cells) + " |" : null;
  }

  /** Commands whose last argument is the cell's text, and how many arguments come before it. */
  private static int argumentsBefore(String command) {
    switch (command) {
      case "multicolumn":
      case "multirow":
        return 2;
      default:
        return 0;
    }
  }

  /** The text of a cell's LaTeX: commands unwrapped, rules and escapes gone. */
  static String cellText(String latex) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < latex.length()) {
      char c = latex.charAt(i);
      if (c == '\\') {
        int j = i + 1;
        while (j < latex.length() && Character.isLetter(latex.charAt(j)) && latex.charAt(j) < 128) {
          j++;
        }
        if (j == i + 1) {
          if (j < latex.length() && latex.charAt(j) != '\\') {
            out.append(latex.charAt(j)); // \% \& \_ \{
          } else {
            out.append(' '); // \\ inside a cell (\makecell): a line of the cell
          }
          i = j + 1;
          continue;
        }
        String command = latex.substring(i + 1, j);
        int k = j;
        if (command.equals("hline")
            || command.equals("cline")
            || command.equals("toprule")
            || command.equals("midrule")
            || command.equals("bottomrule")) {
          k = skipGroups(latex, k, command.equals("cline") ? 1 : 0);
          i = k;
          continue;
        }
        k = skipGroups(latex, k, argumentsBefore(command));
        i = k; // the text argument (and any other) is read on as text, braces dropped
        continue;
      }
      if (c == '{' || c == '}' || c == '$') {
        i++;
        continue;
      }
      out.append(c);
      i++;
    }
    return out.toString().replaceAll("\\s+", " ").strip();
  }

  /** {@code s} after {@link #skipGroups} from {@code from}. */
  private static String afterGroups(String s, int from, int groups) {
    return s.substring(Math.min(s.length(), skipGroups(s, from, groups)));
  }

  /**
   * The index after {@code groups} brace groups (and any {@code […]} option) from {@code from},
   * spaces between skipped; stops early where no group follows.
   */
  private static int skipGroups(String s, int from, int groups) {
    int i = from;
    for (int g = 0; g < groups; g++) {
      while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '[')) {
        if (s.charAt(i) == '[') {
          int close = s.indexOf(']', i);
          i = close < 0 ? s.length() : close + 1;
        } else {
          i++;
        }
      }
      if (i >= s.length() || s.charAt(i) != '{') {
        return i;
      }
      int depth = 0;
      for (; i < s.length(); i++) {
        if (s.charAt(i) == '{') {
          depth++;
        } else if (s.charAt(i) == '}' && --depth == 0) {
          i++;
          break;
        }
      }
    }
    return i;
  }
}
