package ogireports.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The State Council's departments and agencies (resource {@code central-bodies.txt}), used to tell
 * central bodies (国务院办公厅, 应急管理部, 国家统计局) from local ones. Immutable.
 */
public final class CentralBodies {

  /**
   * The place of a central body: its province (and province partition) and its admin level, and the
   * place part of its agency key.
   */
  public static final String PLACE = "中央";

  /** Lazily loaded shared list. */
  private static final class Holder {
    static final CentralBodies INSTANCE = loadShared();
  }

  private static CentralBodies loadShared() {
    try (InputStream in = PlaceResolver.open("central-bodies.txt")) {
      return load(in);
    } catch (IOException | RuntimeException e) {
      return of(List.of());
    }
  }

  /** The list bundled as a resource (loaded once). */
  static CentralBodies shared() {
    return Holder.INSTANCE;
  }

  /**
   * True when the (squeezed) name is a central body itself or one of its offices ({@code 国务院办公厅},
   * {@code 应急管理部}, {@code 应急管理部办公厅}, {@code 国家乡村振兴局}), not a local branch ({@code 国家税务总局张家港市税务局}).
   */
  public static boolean isCentral(String name) {
    if (name == null || name.isEmpty()) {
      return false;
    }
    String prefix = shared().prefixOf(name);
    if (prefix != null) {
      String rest = name.substring(prefix.length());
      return rest.isEmpty() || rest.equals("办公厅") || rest.equals("办公室");
    }
    if (!looksCentral(name)) {
      return false;
    }
    for (int i = 2; i < name.length() - 1; i++) {
      if ("省市县区旗州盟".indexOf(name.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  private final NameTrie names;

  private CentralBodies(List<String> names) {
    this.names = NameTrie.of(names);
  }

  static CentralBodies load(InputStream in) throws IOException {
    List<String> names = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          names.add(t);
        }
      }
    }
    return new CentralBodies(names);
  }

  static CentralBodies of(List<String> names) {
    return new CentralBodies(names);
  }

  /**
   * The state's name, which a ministry's full name starts with ({@code 中华人民共和国教育部}): no place, and
   * the listed body follows it.
   */
  static final String STATE = "中华人民共和国";

  /**
   * The longest listed central body the (squeezed) agency name starts with, also after the state's
   * name ({@code 中华人民共和国水利部}), or null.
   */
  String prefixOf(String agency) {
    int from = agency.startsWith(STATE) ? STATE.length() : 0;
    int len = names.longestAt(agency, from, 1, agency.length());
    return len == 0 ? null : agency.substring(0, from + len);
  }

  /**
   * True when the name has the shape of a central agency not on the list: {@code 国家…局/总局/委员会} or
   * {@code 国务院…办公室/委员会}, at most 16 characters. The caller has checked it names no place.
   */
  static boolean looksCentral(String agency) {
    if (agency.length() > 16) {
      return false;
    }
    boolean head = agency.startsWith("国家") || agency.startsWith("国务院");
    boolean tail =
        agency.endsWith("局")
            || agency.endsWith("委员会")
            || agency.endsWith("办公室")
            || agency.endsWith("署");
    return head && tail;
  }
}
