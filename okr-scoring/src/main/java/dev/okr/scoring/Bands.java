package dev.okr.scoring;

import com.google.common.collect.ImmutableRangeMap;
import com.google.common.collect.Range;
import com.google.common.collect.RangeMap;
import com.google.common.collect.TreeRangeSet;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Labels for the [0, 1] score scale, as half-open ranges that together cover it without gaps:
 * colour bands ({@link Colour}) and stretch zones ({@link StretchZone}).
 *
 * <p>The ranges are a Guava {@link RangeMap}, so every boundary states which side it belongs to;
 * {@link #colours()} documents how the gaps between the customary bands are assigned.
 *
 * @param <E> the label type
 */
public final class Bands<E extends Enum<E>> {
  private static final Range<Double> UNIT = Range.closed(0.0, 1.0);

  private static final Bands<Colour> COLOURS = of(ImmutableRangeMap.<Double, Colour>builder()
      .put(Range.closedOpen(0.0, 0.4), Colour.RED)
      .put(Range.closedOpen(0.4, 0.7), Colour.YELLOW)
      .put(Range.closed(0.7, 1.0), Colour.GREEN)
      .build());

  private static final Bands<StretchZone> ZONES = of(ImmutableRangeMap.<Double, StretchZone>builder()
      .put(Range.closedOpen(0.0, 0.3), StretchZone.FAIL)
      .put(Range.closedOpen(0.3, 0.7), StretchZone.COMMIT)
      .put(Range.closedOpen(0.7, 1.0), StretchZone.TARGET)
      .put(Range.singleton(1.0), StretchZone.STRETCH)
      .build());

  private final ImmutableRangeMap<Double, E> ranges;
  // the ranges unboxed, for lookups on hot paths such as batch grading
  private final double[] lows;
  private final double[] highs;
  private final boolean[] lowClosed;
  private final boolean[] highClosed;
  private final Object[] labels;

  private Bands(ImmutableRangeMap<Double, E> ranges) {
    this.ranges = ranges;
    int n = ranges.asMapOfRanges().size();
    lows = new double[n];
    highs = new double[n];
    lowClosed = new boolean[n];
    highClosed = new boolean[n];
    labels = new Object[n];
    int i = 0;
    for (Map.Entry<Range<Double>, E> entry : ranges.asMapOfRanges().entrySet()) {
      Range<Double> range = entry.getKey();
      lows[i] = range.hasLowerBound() ? range.lowerEndpoint() : Double.NEGATIVE_INFINITY;
      lowClosed[i] = !range.hasLowerBound() || range.lowerBoundType() == com.google.common.collect.BoundType.CLOSED;
      highs[i] = range.hasUpperBound() ? range.upperEndpoint() : Double.POSITIVE_INFINITY;
      highClosed[i] = !range.hasUpperBound() || range.upperBoundType() == com.google.common.collect.BoundType.CLOSED;
      labels[i] = entry.getValue();
      i++;
    }
  }

  /**
   * Bands from ranges that cover [0, 1] without gaps.
   *
   * @throws IllegalArgumentException naming the first uncovered part of [0, 1]
   */
  public static <E extends Enum<E>> Bands<E> of(RangeMap<Double, E> ranges) {
    ImmutableRangeMap<Double, E> copy = ImmutableRangeMap.copyOf(ranges);
    TreeRangeSet<Double> covered = TreeRangeSet.create(copy.asMapOfRanges().keySet());
    if (!covered.encloses(UNIT)) {
      Range<Double> gap = covered.complement().subRangeSet(UNIT).asRanges().iterator().next();
      throw new IllegalArgumentException("bands must cover [0, 1] without gaps; " + gap + " is not covered");
    }
    return new Bands<>(copy);
  }

  /**
   * The default colour bands, after the customary 0.0–0.3 red, 0.4–0.6 yellow, 0.7–1.0 green read
   * on a scale graded in tenths: red [0, 0.4), yellow [0.4, 0.7), green [0.7, 1]. A score in
   * a gap between two customary bands keeps the lower colour until it reaches the next band's
   * stated floor: 0.35 is red, 0.65 is yellow.
   */
  public static Bands<Colour> colours() {
    return COLOURS;
  }

  /**
   * The default stretch zones: fail [0, 0.3), commit [0.3, 0.7), target [0.7, 1), stretch exactly
   * 1, after the fail/commit/target/stretch zones of puzzle's okr.
   */
  public static Bands<StretchZone> stretchZones() {
    return ZONES;
  }

  /**
   * The label of a score.
   *
   * @throws IllegalArgumentException when no band covers the score (every score outside [0, 1],
   *     unless the bands reach beyond it)
   */
  @SuppressWarnings("unchecked") // labels holds only the map's values, of type E
  public E of(double score) {
    for (int i = 0; i < labels.length; i++) {
      if ((lowClosed[i] ? score >= lows[i] : score > lows[i]) && (highClosed[i] ? score <= highs[i] : score < highs[i])) {
        return (E) labels[i];
      }
    }
    throw new IllegalArgumentException("score must lie in [0, 1] (was " + score + ")");
  }

  /** The ranges, in order. */
  public ImmutableRangeMap<Double, E> ranges() {
    return ranges;
  }

  /** {@code red=[0.0..0.4), yellow=[0.4..0.7), green=[0.7..1.0]}. */
  @Override
  public String toString() {
    return ranges.asMapOfRanges().entrySet().stream()
        .map((Map.Entry<Range<Double>, E> e) -> Ids.of(e.getValue()) + "=" + e.getKey())
        .collect(Collectors.joining(", "));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Bands<?> b && b.ranges.equals(ranges);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ranges);
  }
}
