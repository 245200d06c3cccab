package ogireports.pipeline.cli;

import java.beans.Introspector;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.Set;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.PipelineOptionsRegistrar;

/**
 * Registers with Beam only the options interfaces a run names, instead of every interface the jar
 * lists.
 *
 * <p>At its first use, {@link PipelineOptionsFactory} registers every interface that a {@code
 * PipelineOptionsRegistrar} of the class path lists (14 in the product jar, more with the Flink
 * runner and Google Cloud), validating each one together with all those before it: a proxy class of
 * them all, and their methods sorted by {@code Method.toGenericString}. That was about 0.7 CPU-s of
 * every start, a sixth of a run on the bundled samples, also when the run used none of them.
 *
 * <p>{@link #registerFor} rebuilds Beam's registry without the registrars' list, then registers:
 * {@link OgiReportsOptions} (with what it extends); each interface that declares an option the
 * arguments give and {@code OgiReportsOptions} lacks ({@code --targetParallelism}: the
 * DirectRunner's, {@code --flinkMaster}: Flink's); every interface of the runner that {@code
 * --runner} names. An option that no interface declares (a typo) registers them all, so that Beam's
 * error lists the closest names among all options, as it did before. Interfaces that Beam itself
 * reads ({@code options.as(DirectOptions.class)} and the like) work without registration.
 */
final class OptionsOnDemand {

  private static final String REGISTRAR_LIST =
      "META-INF/services/" + PipelineOptionsRegistrar.class.getName();

  private OptionsOnDemand() {}

  /** Resets Beam's options registry to the interfaces that {@code args} need. */
  static void registerFor(String[] args) {
    ClassLoader loader = classLoader();
    List<Listed> available = new ArrayList<>();
    for (PipelineOptionsRegistrar r : ServiceLoader.load(PipelineOptionsRegistrar.class, loader)) {
      for (Class<? extends PipelineOptions> iface : r.getPipelineOptions()) {
        available.add(new Listed(iface, r.getClass().getName()));
      }
    }
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(new WithoutRegistrarList(loader));
    try {
      PipelineOptionsFactory.resetCache(); // reads the (now empty) registrar list
    } finally {
      thread.setContextClassLoader(before);
    }
    PipelineOptionsFactory.register(OgiReportsOptions.class);
    for (Class<? extends PipelineOptions> iface :
        needed(args, OgiReportsOptions.class, available)) {
      PipelineOptionsFactory.register(iface);
    }
  }

  /** An options interface and the registrar class that lists it. */
  record Listed(Class<? extends PipelineOptions> iface, String registrar) {}

  /**
   * The interfaces of {@code available} that the options in {@code args} need beside {@code own}.
   */
  static Set<Class<? extends PipelineOptions>> needed(
      String[] args, Class<? extends PipelineOptions> own, List<Listed> available) {
    Set<String> ownNames = properties(own);
    Set<Class<? extends PipelineOptions>> needed = new LinkedHashSet<>();
    for (String arg : args) {
      if (!arg.startsWith("--")) {
        continue;
      }
      int eq = arg.indexOf('=');
      String name = arg.substring(2, eq < 0 ? arg.length() : eq);
      if (name.equals("runner") && eq > 0) {
        String runner = runnerWord(arg.substring(eq + 1));
        for (Listed l : available) {
          if (!runner.isEmpty()
              && l.registrar().toLowerCase(Locale.ROOT).contains(runner + "runner")) {
            needed.add(l.iface());
          }
        }
      }
      if (ownNames.contains(name)) {
        continue;
      }
      boolean declared = false;
      for (Listed l : available) {
        if (properties(l.iface()).contains(name)) {
          needed.add(l.iface());
          declared = true;
        }
      }
      if (!declared) { // Beam's own message follows, with the closest names among them all
        available.forEach(l -> needed.add(l.iface()));
      }
    }
    return needed;
  }

  /** "FlinkRunner", "flink", "org.apache.beam.runners.flink.FlinkRunner" → "flink". */
  private static String runnerWord(String value) {
    String simple = value.substring(value.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return simple.endsWith("runner") ? simple.substring(0, simple.length() - 6) : simple;
  }

  /** The option names of an interface, as Beam names them (JavaBean properties of its getters). */
  private static Set<String> properties(Class<?> iface) {
    Set<String> names = new LinkedHashSet<>();
    for (Method m : iface.getMethods()) {
      if (m.getParameterCount() != 0) {
        continue;
      }
      String n = m.getName();
      if (n.startsWith("get") && n.length() > 3) {
        names.add(Introspector.decapitalize(n.substring(3)));
      } else if (n.startsWith("is") && n.length() > 2) {
        names.add(Introspector.decapitalize(n.substring(2)));
      }
    }
    return names;
  }

  private static ClassLoader classLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : OptionsOnDemand.class.getClassLoader();
  }

  /** A class loader that shows everything of its parent but the options registrars' list. */
  private static final class WithoutRegistrarList extends ClassLoader {

    WithoutRegistrarList(ClassLoader parent) {
      super(parent);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      return name.equals(REGISTRAR_LIST)
          ? Collections.emptyEnumeration()
          : super.getResources(name);
    }
  }
}
