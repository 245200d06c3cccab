package ogireports.places;

import java.util.List;
import ogireports.model.Place;

/** Resolves an issuing body to its official place chain with the division-code gazetteer. */
public final class PlaceResolver {

  private PlaceResolver() {}

  /** The resolver over the gazetteer bundled as a resource. STUB: to be implemented. */
  public static PlaceResolver fromClasspath() {
    return new PlaceResolver();
  }

  /**
   * The place of the body named {@code agency} (may be null), using the rest of the document's
   * lines as context and the codes valid in {@code year} (may be null). STUB.
   */
  public Place resolve(String agency, List<String> lines, Integer year) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
