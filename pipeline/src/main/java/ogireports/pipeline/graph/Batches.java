package ogireports.pipeline.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Values gathered in batches by key, so that a step emits a few batches rather than one element per
 * value: the DirectRunner's cost of a shuffle is per element. A batch is handed on when it is full;
 * the rest when the caller drains them (at the end of a bundle or a file).
 */
public final class Batches<K extends Comparable<K>, V> {

  private final int max;
  private final Map<K, List<V>> open = new TreeMap<>();

  /** Batches of at most {@code max} values. */
  public Batches(int max) {
    this.max = max;
  }

  /** Adds a value; returns its key's batch when that is now full (it is then no longer open). */
  public List<V> add(K key, V value) {
    List<V> batch = open.computeIfAbsent(key, k -> new ArrayList<>());
    batch.add(value);
    return batch.size() >= max ? open.remove(key) : null;
  }

  /** The batches still open, by key in order; none is open afterwards. */
  public Map<K, List<V>> drain() {
    Map<K, List<V>> all = new TreeMap<>(open);
    open.clear();
    return all;
  }
}
