package ogireports.places;

import ogireports.model.Place;

/**
 * A resolved place together with how sure the resolver is about it.
 *
 * @param place the place; {@link Place#UNRESOLVED} when nothing could be determined
 * @param status how the place was determined
 */
public record PlaceResolution(Place place, Status status) {

  /** How the place was determined. */
  public enum Status {
    /** One division matched (possibly after disambiguation by context). */
    RESOLVED,
    /**
     * Several divisions share the name and the context does not decide between them; the place
     * holds only the levels all of them share (maybe just the province, or nothing at all when
     * they span provinces).
     */
    AMBIGUOUS,
    /** A central body of the State Council. */
    CENTRAL,
    /** No place could be determined, or the candidates share nothing. */
    UNRESOLVED
  }

  static PlaceResolution unresolved() {
    return new PlaceResolution(Place.UNRESOLVED, Status.UNRESOLVED);
  }
}
