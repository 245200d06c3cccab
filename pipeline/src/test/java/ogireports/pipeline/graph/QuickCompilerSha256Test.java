package ogireports.pipeline.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.Security;
import java.util.HexFormat;
import java.util.Random;
import ogireports.text.Sha256;
import org.junit.jupiter.api.Test;

class QuickCompilerSha256Test {

  /** BoringSSL's SHA-256 gives the JDK's digests, whole or in pieces of every size. */
  @Test
  void theNativeDigestIsTheJdks() throws Exception {
    Provider provider = QuickCompilerSha256.provider();
    org.junit.jupiter.api.Assumptions.assumeTrue(
        provider != null, "Conscrypt has no native library for this platform");
    MessageDigest jdk = MessageDigest.getInstance("SHA-256", "SUN");
    MessageDigest boring = MessageDigest.getInstance("SHA-256", provider);
    Random random = new Random(17);
    for (int size : new int[] {0, 1, 55, 56, 63, 64, 65, 1000, 13_000, 100_000}) {
      byte[] bytes = new byte[size];
      random.nextBytes(bytes);
      assertThat(boring.digest(bytes)).as("size " + size).isEqualTo(jdk.digest(bytes));
      for (int piece : new int[] {1, 7, 64, 333}) {
        for (int from = 0; from < size; from += piece) {
          boring.update(bytes, from, Math.min(piece, size - from));
        }
        assertThat(boring.digest())
            .as(size + " in pieces of " + piece)
            .isEqualTo(jdk.digest(bytes));
      }
    }
  }

  /** The provider offers SHA-256 and nothing else: every other algorithm stays the JDK's. */
  @Test
  void theProviderOffersSha256Alone() {
    Provider provider = QuickCompilerSha256.provider();
    org.junit.jupiter.api.Assumptions.assumeTrue(provider != null);
    assertThat(provider.getServices())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.getType()).isEqualTo("MessageDigest");
              assertThat(s.getAlgorithm()).isEqualTo("SHA-256");
            });
  }

  /**
   * Installed only where the JVM has no optimising compiler; either way the project's digests are
   * those of SHA-256.
   */
  @Test
  void installedOnlyWithoutTheOptimisingCompiler() {
    QuickCompilerSha256.installIfQuickCompilerOnly();
    assertThat(Security.getProvider(QuickCompilerSha256.PROVIDER) != null)
        .isEqualTo(
            QuickCompilerSha256.quickCompilerOnly() && QuickCompilerSha256.provider() != null);
    assertThat(Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(HexFormat.of().parseHex(Sha256.text().add("abc").hex())).hasSize(32);
  }
}
