package ogireports.output;

import java.util.Set;
import ogireports.places.CentralBodies;

/**
 * The one builder of partition paths ({@code province=P/year=Y}).
 *
 * <p>Values come only from a closed set: the official province-level names, {@code 中央} ({@link
 * CentralBodies#PLACE}), the default partition ({@link #DEFAULT}, the one owner of its name), and
 * integer years. No input text ever reaches a path.
 */
public final class Partition {

  /** Hive's name for a partition whose value is unknown; Spark, Hive and Trino read it as NULL. */
  public static final String DEFAULT = "__HIVE_DEFAULT_PARTITION__";

  /** The official province-level division names (GB/T 2260). */
  public static final Set<String> PROVINCES =
      Set.of(
          "北京市",
          "天津市",
          "河北省",
          "山西省",
          "内蒙古自治区",
          "辽宁省",
          "吉林省",
          "黑龙江省",
          "上海市",
          "江苏省",
          "浙江省",
          "安徽省",
          "福建省",
          "江西省",
          "山东省",
          "河南省",
          "湖北省",
          "湖南省",
          "广东省",
          "广西壮族自治区",
          "海南省",
          "重庆市",
          "四川省",
          "贵州省",
          "云南省",
          "西藏自治区",
          "陕西省",
          "甘肃省",
          "青海省",
          "宁夏回族自治区",
          "新疆维吾尔自治区",
          "台湾省",
          "香港特别行政区",
          "澳门特别行政区");

  private Partition() {}

  /** The province folder value for a resolved province name (null or unknown → default). */
  public static String provinceValue(String province) {
    if (province != null
        && (PROVINCES.contains(province) || CentralBodies.PLACE.equals(province))) {
      return province;
    }
    return DEFAULT;
  }

  /** {@code province=P/year=Y}, the folder of a report's rows within each dataset. */
  public static String path(String province, int year) {
    if (year < 1000 || year > 9999) {
      throw new IllegalArgumentException("year must have 4 digits: " + year);
    }
    return "province=" + provinceValue(province) + "/year=" + year;
  }
}
