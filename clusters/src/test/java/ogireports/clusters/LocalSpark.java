package ogireports.clusters;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A local Spark session in the tests' JVM, driven with SQL. Spark's jars are on the class path only
 * in the spark-cluster surefire execution, which adds them when the tests run, not when they
 * compile: the session is reached by reflection, through the few methods this needs ({@code
 * SparkSession.builder()…getOrCreate()}, {@code sql}, {@code collectAsList}, {@code Row.get}).
 */
final class LocalSpark implements AutoCloseable {

  private final Object session;
  private final Method sql;
  private final Method collectAsList;
  private final Method rowSize;
  private final Method rowGet;

  private LocalSpark(Object session) throws ReflectiveOperationException {
    this.session = session;
    ClassLoader loader = session.getClass().getClassLoader();
    this.sql = session.getClass().getMethod("sql", String.class);
    this.collectAsList =
        Class.forName("org.apache.spark.sql.Dataset", true, loader).getMethod("collectAsList");
    Class<?> row = Class.forName("org.apache.spark.sql.Row", true, loader);
    this.rowSize = row.getMethod("size");
    this.rowGet = row.getMethod("get", int.class);
  }

  /** {@code SparkSession.builder().master("local[1]")} with {@code config}, then getOrCreate. */
  @SafeVarargs
  static LocalSpark start(Map<String, String>... config) throws ReflectiveOperationException {
    Class<?> sessionClass = Class.forName("org.apache.spark.sql.SparkSession");
    Object builder = sessionClass.getMethod("builder").invoke(null);
    Method set = builder.getClass().getMethod("config", String.class, String.class);
    builder = builder.getClass().getMethod("master", String.class).invoke(builder, "local[1]");
    for (Map<String, String> c : config) {
      for (Map.Entry<String, String> e : c.entrySet()) {
        builder = set.invoke(builder, e.getKey(), e.getValue());
      }
    }
    return new LocalSpark(builder.getClass().getMethod("getOrCreate").invoke(builder));
  }

  /** Runs a statement and returns its rows, each as its values (Spark's Java objects). */
  List<List<Object>> sql(String statement) throws ReflectiveOperationException {
    Object dataset = sql.invoke(session, statement);
    List<List<Object>> rows = new ArrayList<>();
    for (Object row : (List<?>) collectAsList.invoke(dataset)) {
      int n = (Integer) rowSize.invoke(row);
      List<Object> values = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        values.add(rowGet.invoke(row, i));
      }
      rows.add(values);
    }
    return rows;
  }

  @Override
  public void close() throws ReflectiveOperationException {
    session.getClass().getMethod("stop").invoke(session);
  }
}
