package ogireports.pipeline.graph;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.security.Provider;
import java.security.Security;
import java.util.List;
import java.util.Map;

/**
 * SHA-256 by BoringSSL (through Conscrypt, which Beam's model brings to every worker) for a JVM
 * that runs with the quick compiler only.
 *
 * <p>Why: every document is hashed twice ({@link ogireports.text.Sha256}: its {@code report_id} and
 * its content fingerprint). Under the optimising compiler (C2) the JDK's SHA-256 runs on the CPU's
 * SHA instructions (about 1,800 MB/s here); the launcher runs inputs of up to 50,000 files with the
 * quick compiler only ({@code -XX:TieredStopAtLevel=1}), where the same code is plain compiled
 * Java, about 145 MB/s on 13 KB documents, and in a 20,000-report run the two digests were 22% of
 * the workers' CPU samples. BoringSSL's runs at about 490 MB/s in that JVM. So a worker without C2
 * puts a provider first that offers SHA-256 alone, from Conscrypt: the digests are the same bytes
 * ({@code QuickCompilerSha256Test}), {@link ogireports.text.Sha256} still owns them, and TLS and
 * every other algorithm stay the JDK's. A JVM with C2 (large runs, clusters) keeps the JDK's, which
 * is faster there; a platform Conscrypt has no native library for keeps it too.
 *
 * <p>Loading the native library costs about 45 ms of CPU, more than a few hundred reports' digests
 * save, so the graph asks for it only when the run lists enough inputs ({@link #WORTH_IT}).
 */
final class QuickCompilerSha256 {

  /** Inputs listed from which the native digest pays for loading it. */
  static final int WORTH_IT = 1000;

  /** The provider's name. */
  static final String PROVIDER = "OgiReportsSha256";

  private static boolean settled;

  private QuickCompilerSha256() {}

  /**
   * Puts {@link #provider} first if this JVM has no optimising compiler and Conscrypt loads here.
   * Call before the thread first hashes: {@link ogireports.text.Sha256} keeps a digest per thread.
   */
  static synchronized void installIfQuickCompilerOnly() {
    if (settled) {
      return;
    }
    settled = true;
    if (Security.getProvider(PROVIDER) == null && quickCompilerOnly()) {
      Provider p = provider();
      if (p != null) {
        Security.insertProviderAt(p, 1);
      }
    }
  }

  /** A provider of SHA-256 alone, by Conscrypt; null where its native library does not load. */
  static Provider provider() {
    try {
      if (!org.conscrypt.Conscrypt.isAvailable()) {
        return null;
      }
    } catch (LinkageError e) {
      return null;
    }
    return new Sha256Provider();
  }

  /** Whether this JVM compiles with C1 alone (tiered compilation stopped below C2's tier 4). */
  static boolean quickCompilerOnly() {
    try {
      HotSpotDiagnosticMXBean vm =
          ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
      return vm != null
          && "true".equals(vm.getVMOption("TieredCompilation").getValue())
          && Integer.parseInt(vm.getVMOption("TieredStopAtLevel").getValue()) < 4;
    } catch (RuntimeException | LinkageError e) { // not HotSpot, or an option it does not have
      return false;
    }
  }

  private static final class Sha256Provider extends Provider {
    private static final long serialVersionUID = 1L;

    Sha256Provider() {
      super(PROVIDER, "1", "SHA-256 by BoringSSL (Conscrypt) for a JVM without C2");
      putService(
          new Service(
              this,
              "MessageDigest",
              "SHA-256",
              "org.conscrypt.OpenSSLMessageDigestJDK$SHA256",
              List.of("2.16.840.1.101.3.4.2.1", "OID.2.16.840.1.101.3.4.2.1", "SHA256"),
              Map.of()));
    }
  }
}
