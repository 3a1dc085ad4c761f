package dev.okr.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okr.core.CheckIn;
import dev.okr.core.Cycle;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.Objective;
import dev.okr.core.ObjectiveKind;
import dev.okr.core.OkrSet;
import dev.okr.core.Owner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Sandbagging runs: consecutive cycles in date order whatever the document's order, a cycle below
 * the score breaks the run, the score itself counts, the first of equally long runs is the one
 * reported; and the figures' bounds. Also a forecast that lands exactly on its expectation.
 */
class SandbaggingTest {
  private static final LocalDate DAY = LocalDate.of(2027, 12, 31);

  /** One aspirational objective of team Growth per quarter (1 to 4 of 2026, 5 on of 2027), scoring these percents, in the order given. */
  private static OkrSet quarters(int[] quarters, double[] percents) {
    List<Objective> objectives = new ArrayList<>();
    for (int i = 0; i < quarters.length; i++) {
      Cycle cycle = Cycle.quarter(2026 + (quarters[i] - 1) / 4, (quarters[i] - 1) % 4 + 1);
      objectives.add(Objective.builder().id("o" + quarters[i]).title("Objective " + quarters[i]).owner(Owner.team("Growth"))
          .kind(ObjectiveKind.ASPIRATIONAL).cycle(cycle)
          .addKeyResults(KeyResult.builder().id("k" + quarters[i]).statement("s").measurement(Measurement.increase(0, 100))
              .addCheckIns(CheckIn.value(cycle.end().minusDays(5), percents[i])).build())
          .build());
    }
    return OkrSet.of(objectives);
  }

  private static List<Portfolio.Sandbagging> flags(OkrSet set, double score, int cycles) {
    return Portfolio.of(Scorer.defaults()).withSandbagging(score, cycles).analyse(set, DAY).sandbagging();
  }

  @Test
  void cyclesAreTakenInDateOrderWhateverTheDocumentsOrder() {
    // Q3 and Q1 high, Q2 low: in date order no two high quarters are consecutive
    assertThat(flags(quarters(new int[] {3, 2, 1}, new double[] {100, 10, 100}), 0.95, 2)).isEmpty();
    // Q2 and Q1 high, given backwards: a run of two
    List<Portfolio.Sandbagging> run = flags(quarters(new int[] {2, 1, 3}, new double[] {100, 100, 10}), 0.95, 2);
    assertThat(run).hasSize(1);
    assertThat(run.get(0).cycles()).extracting(Cycle::toString).containsExactly("2026-Q1", "2026-Q2");
    assertThat(run.get(0).scores()).containsExactly(1.0, 1.0);
  }

  @Test
  void aCycleBelowTheScoreBreaksTheRun() {
    assertThat(flags(quarters(new int[] {1, 2, 3, 4}, new double[] {100, 90, 100, 10}), 0.95, 2)).isEmpty();
    assertThat(flags(quarters(new int[] {1, 2, 3, 4}, new double[] {100, 90, 100, 100}), 0.95, 2)).singleElement()
        .extracting(f -> f.cycles().size()).isEqualTo(2);
  }

  @Test
  void aMeanAtTheScoreCounts() {
    assertThat(flags(quarters(new int[] {1, 2}, new double[] {95, 95}), 0.95, 2)).singleElement()
        .extracting(Portfolio.Sandbagging::team).isEqualTo("team:Growth");
    assertThat(flags(quarters(new int[] {1, 2}, new double[] {95, 94.9}), 0.95, 2)).isEmpty();
  }

  @Test
  void ofEquallyLongRunsTheFirstIsReported() {
    List<Portfolio.Sandbagging> run = flags(quarters(new int[] {1, 2, 3, 4}, new double[] {100, 96, 10, 97}), 0.95, 1 + 1);
    assertThat(run.get(0).cycles()).extracting(Cycle::toString).containsExactly("2026-Q1", "2026-Q2");
    List<Portfolio.Sandbagging> longer = flags(quarters(new int[] {1, 2, 3, 4}, new double[] {100, 10, 97, 98}), 0.95, 2);
    assertThat(longer.get(0).cycles()).extracting(Cycle::toString).containsExactly("2026-Q3", "2026-Q4");
    // the scores are those of the run reported, not of cycles before the break
    assertThat(longer.get(0).scores()).containsExactly(0.97, 0.98);
    // two runs of two: the first is reported
    List<Portfolio.Sandbagging> twoRuns = flags(quarters(new int[] {1, 2, 3, 4, 5}, new double[] {100, 96, 10, 97, 98}), 0.95, 2);
    assertThat(twoRuns.get(0).cycles()).extracting(Cycle::toString).containsExactly("2026-Q1", "2026-Q2");
    assertThat(twoRuns.get(0).scores()).containsExactly(1.0, 0.96);
  }

  @Test
  void theSandbaggingScoreLiesInItsHalfOpenIntervalAndRunsAreTwoCyclesAtLeast() {
    Portfolio portfolio = Portfolio.of(Scorer.defaults());
    assertThat(portfolio.withSandbagging(1, 2)).isNotNull();
    assertThat(flags(quarters(new int[] {1, 2}, new double[] {100, 100}), 1, 2)).hasSize(1);
    assertThatThrownBy(() -> portfolio.withSandbagging(0, 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sandbagging needs a score in (0, 1] and at least 2 cycles (were 0.0, 2)");
    assertThatThrownBy(() -> portfolio.withSandbagging(1.01, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> portfolio.withSandbagging(0.9, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aForecastOnItsExpectationReachesIt() {
    assertThat(new Forecast(3, 0, 0.5, 0.5, 0.5, OptionalDouble.empty(), OptionalDouble.empty()).reachesExpectation()).isTrue();
    assertThat(new Forecast(3, 0, 0.5, 0.5, 0.5000001, OptionalDouble.empty(), OptionalDouble.empty()).reachesExpectation()).isFalse();
    assertThat(new Forecast(3, 0, 1.5, 1.5, 0.5, OptionalDouble.empty(), OptionalDouble.empty()).endScore()).isEqualTo(1.0);
    assertThat(Forecast.fit(new double[0], new double[0], 0.5)).isEmpty();
    assertThat(Forecast.fit(new double[] {0.5}, new double[] {0.5}, 0.5)).isEmpty();
    assertThat(Forecast.fit(new double[] {0.5, 0.5}, new double[] {0.2, 0.4}, 0.5)).isEmpty();
    Forecast line = Forecast.fit(new double[] {0, 0.5}, new double[] {0, 0.25}, 0.5).orElseThrow();
    assertThat(line.end()).isEqualTo(0.5);
    assertThat(line.chance()).isEmpty();
    // three points on a line: no spread, so the chance is certain either way
    Forecast exact = Forecast.fit(new double[] {0, 0.25, 0.5}, new double[] {0, 0.25, 0.5}, 0.9).orElseThrow();
    assertThat(exact.chance()).isEqualTo(OptionalDouble.of(1.0));
    assertThat(Forecast.fit(new double[] {0, 0.25, 0.5}, new double[] {0, 0.25, 0.5}, 1.1).orElseThrow().chance())
        .isEqualTo(OptionalDouble.of(0.0));
  }
}
