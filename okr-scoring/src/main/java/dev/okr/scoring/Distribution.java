package dev.okr.scoring;

import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The spread of a group's key-result scores: counts, mean, quartiles and colour bands.
 *
 * @param count the key results in the group
 * @param unscored how many of them have no score
 * @param mean the mean score of the scored ones
 * @param min the smallest score
 * @param lowerQuartile the 25th percentile (linear interpolation between closest ranks)
 * @param median the median
 * @param upperQuartile the 75th percentile
 * @param max the largest score
 * @param colours the number of scored key results in each colour band
 */
public record Distribution(
    long count, long unscored, OptionalDouble mean, OptionalDouble min, OptionalDouble lowerQuartile,
    OptionalDouble median, OptionalDouble upperQuartile, OptionalDouble max, Map<Colour, Long> colours) {

  /** The distribution of these scores, {@code unscored} more having none, coloured by {@code bands}. */
  static Distribution of(List<Double> scores, long unscored, Bands<Colour> bands) {
    double[] sorted = scores.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    Map<Colour, Long> colours = new EnumMap<>(Colour.class);
    for (Colour c : Colour.values()) {
      colours.put(c, 0L);
    }
    for (double s : sorted) {
      colours.merge(bands.of(s), 1L, Long::sum);
    }
    if (sorted.length == 0) {
      OptionalDouble none = OptionalDouble.empty();
      return new Distribution(unscored, unscored, none, none, none, none, none, none, ImmutableMap.copyOf(colours));
    }
    return new Distribution(sorted.length + unscored, unscored, Arrays.stream(sorted).average(),
        OptionalDouble.of(sorted[0]), OptionalDouble.of(percentile(sorted, 0.25)), OptionalDouble.of(percentile(sorted, 0.5)),
        OptionalDouble.of(percentile(sorted, 0.75)), OptionalDouble.of(sorted[sorted.length - 1]), ImmutableMap.copyOf(colours));
  }

  private static double percentile(double[] sorted, double p) {
    double rank = p * (sorted.length - 1);
    int low = (int) Math.floor(rank);
    int high = (int) Math.ceil(rank);
    return sorted[low] + (rank - low) * (sorted[high] - sorted[low]);
  }
}
