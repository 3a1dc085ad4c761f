package dev.okr.scoring;

import java.util.OptionalDouble;

/**
 * The end-of-cycle score projected from the check-in history by a least-squares line through the
 * scores at each check-in (attainment against the elapsed fraction of the cycle), and the chance of
 * reaching the kind's expectation.
 *
 * @param points the check-in dates fitted, at least 2
 * @param intercept the line's value at the cycle's start
 * @param slope the line's gain over the whole cycle
 * @param end the line's value at the cycle's end: the projected attainment, which may leave [0, 1]
 * @param expectation the score the key result's kind expects at the end (1.0 committed, 0.7 aspirational)
 * @param chance the probability that the end attainment reaches the expectation, from the
 *     prediction interval of the fit (Student's t with {@code points - 2} degrees of freedom);
 *     empty with 2 points, which leave no spread to estimate
 * @param spread the standard error of that prediction at the cycle's end, the half-width of one
 *     standard error of the band around {@code end}; empty with 2 points
 */
public record Forecast(int points, double intercept, double slope, double end, double expectation, OptionalDouble chance,
    OptionalDouble spread) {

  /** The projected end score, clamped to [0, 1]. */
  public double endScore() {
    return ScoringPolicy.value(end);
  }

  /** Whether the line reaches the expectation. */
  public boolean reachesExpectation() {
    return end >= expectation;
  }

  /**
   * Fits the line through {@code (t, y)} points and projects it to {@code t = 1}.
   *
   * @return empty when fewer than two distinct {@code t} values are given
   */
  static java.util.Optional<Forecast> fit(double[] t, double[] y, double expectation) {
    int n = t.length;
    double meanT = 0;
    double meanY = 0;
    for (int i = 0; i < n; i++) {
      meanT += t[i];
      meanY += y[i];
    }
    meanT /= n;
    meanY /= n;
    double sxx = 0;
    double sxy = 0;
    for (int i = 0; i < n; i++) {
      sxx += (t[i] - meanT) * (t[i] - meanT);
      sxy += (t[i] - meanT) * (y[i] - meanY);
    }
    // fewer than two distinct t values (so also fewer than two points): no line to fit
    if (sxx == 0) {
      return java.util.Optional.empty();
    }
    double slope = sxy / sxx;
    double intercept = meanY - slope * meanT;
    double end = intercept + slope;
    OptionalDouble chance = OptionalDouble.empty();
    OptionalDouble band = OptionalDouble.empty();
    if (n > 2) {
      double sse = 0;
      for (int i = 0; i < n; i++) {
        double residual = y[i] - (intercept + slope * t[i]);
        sse += residual * residual;
      }
      double sigma = Math.sqrt(sse / (n - 2));
      double spread = sigma * Math.sqrt(1 + 1.0 / n + (1 - meanT) * (1 - meanT) / sxx);
      band = OptionalDouble.of(spread);
      if (spread < 1e-12) {
        chance = OptionalDouble.of(end >= expectation ? 1 : 0);
      } else {
        chance = OptionalDouble.of(1 - StudentT.cdf((expectation - end) / spread, n - 2));
      }
    }
    return java.util.Optional.of(new Forecast(n, intercept, slope, end, expectation, chance, band));
  }
}
