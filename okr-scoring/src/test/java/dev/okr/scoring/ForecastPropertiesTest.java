package dev.okr.scoring;

import static dev.okr.testkit.OkrTheories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The laws of the least-squares forecast. */
class ForecastPropertiesTest {

  @Test
  void collinearCheckInsProjectTheirLine() {
    qt().forAll(integers().between(-100, 100), integers().between(-300, 300), lists().of(integers().between(0, 100)).ofSizeBetween(2, 30))
        .checkAssert((a, b, ts) -> {
          double[] t = distinct(ts);
          if (t.length < 2) {
            return;
          }
          double[] y = new double[t.length];
          for (int i = 0; i < t.length; i++) {
            y[i] = a / 100.0 + b / 100.0 * t[i];
          }
          Forecast f = Forecast.fit(t, y, 0.7).orElseThrow();
          assertThat(f.end()).isCloseTo(a / 100.0 + b / 100.0, within(1e-9));
          assertThat(f.endScore()).isBetween(0.0, 1.0);
        });
  }

  @Test
  void theChanceIsAProbabilityThatFallsAsTheExpectationRises() {
    qt().forAll(lists().of(integers().between(0, 100)).ofSizeBetween(3, 30), lists().of(integers().between(-50, 150)).ofSizeBetween(30, 30),
            integers().between(1, 99))
        .checkAssert((ts, ys, e) -> {
          double[] t = distinct(ts);
          if (t.length < 3) {
            return;
          }
          double[] y = new double[t.length];
          for (int i = 0; i < t.length; i++) {
            y[i] = ys.get(i) / 100.0;
          }
          double lower = Forecast.fit(t, y, e / 100.0).orElseThrow().chance().getAsDouble();
          double higher = Forecast.fit(t, y, e / 100.0 + 0.01).orElseThrow().chance().getAsDouble();
          assertThat(lower).isBetween(0.0, 1.0);
          assertThat(higher).isLessThanOrEqualTo(lower + 1e-12);
        });
  }

  private static double[] distinct(List<Integer> values) {
    return new TreeSet<>(values).stream().mapToDouble(v -> v / 100.0).toArray();
  }
}
