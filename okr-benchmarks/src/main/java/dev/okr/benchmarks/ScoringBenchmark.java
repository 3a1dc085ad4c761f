package dev.okr.benchmarks;

import dev.okr.core.CheckIn;
import dev.okr.core.Cycle;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.MeasurementType;
import dev.okr.core.Milestone;
import dev.okr.scoring.Explanation;
import dev.okr.scoring.Observation;
import dev.okr.scoring.Profiles;
import dev.okr.scoring.Score;
import dev.okr.scoring.Scorer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;

import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scores per second for each built-in strategy through {@link Scorer}, with its explanation rendered,
 * under okr's profile; and one batch row's observation scored without rendering one.
 * Run: {@code java -jar okr-benchmarks/target/benchmarks.jar ScoringBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@org.openjdk.jmh.annotations.Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScoringBenchmark {
  private static final Cycle QUARTER = Cycle.quarter(2026, 1);
  private static final LocalDate DAY = QUARTER.end();

  private final Scorer scorer = Scorer.of(Profiles.okr());
  private final Optional<Cycle> cycle = Optional.of(QUARTER);
  private final Observation row = Observation.builder("kr", MeasurementType.INCREASE).baseline(42).target(60)
      .current(Observation.Reading.value(51)).build();

  private final KeyResult linearKr = weekly(Measurement.increase(42, 60), 42, 1.5);
  private final KeyResult stretchKr = weekly(
      Measurement.builder().type(MeasurementType.INCREASE).baseline(0).target(100).stretch(150).build(), 0, 9);
  private final KeyResult maintainKr = weekly(
      Measurement.builder().type(MeasurementType.AT_LEAST).target(99.9).build(), 99.85, 0.01);
  private final KeyResult binaryKr = KeyResult.builder().id("kr").statement("s")
      .measurement(Measurement.builder().type(MeasurementType.BINARY).build())
      .addCheckIns(CheckIn.achieved(DAY.minusDays(30), false), CheckIn.achieved(DAY.minusDays(3), true)).build();
  private final KeyResult milestonesKr = KeyResult.builder().id("kr").statement("s")
      .measurement(Measurement.builder().type(MeasurementType.MILESTONES)
          .addMilestones(Milestone.of("design"), Milestone.of("pilot", 2), Milestone.of("rollout", 3)).build())
      .addCheckIns(CheckIn.milestonesDone(DAY.minusDays(3), List.of("design", "pilot"))).build();

  /** A key result with 13 weekly check-ins starting at {@code first}, rising by {@code step}. */
  private static KeyResult weekly(Measurement measurement, double first, double step) {
    KeyResult.Builder b = KeyResult.builder().id("kr").statement("s").measurement(measurement);
    for (int week = 0; week < 13; week++) {
      b.addCheckIns(CheckIn.value(QUARTER.start().plusWeeks(week), first + step * week));
    }
    return b.build();
  }

  /** Linear, 13 check-ins. */
  @Benchmark
  public Explanation linear() {
    return scorer.score(linearKr, DAY, cycle).explanation();
  }

  /** Stretch (piecewise), 13 check-ins. */
  @Benchmark
  public Explanation stretch() {
    return scorer.score(stretchKr, DAY, cycle).explanation();
  }

  /** Maintain as the share of 13 weekly periods held. */
  @Benchmark
  public Explanation maintain() {
    return scorer.score(maintainKr, DAY, cycle).explanation();
  }

  /** Binary, 2 check-ins. */
  @Benchmark
  public Explanation binary() {
    return scorer.score(binaryKr, DAY, cycle).explanation();
  }

  /** Milestones, 3 weighted milestones. */
  @Benchmark
  public Explanation milestones() {
    return scorer.score(milestonesKr, DAY, cycle).explanation();
  }

  /** One linear observation as the batch grader scores a row: the pipeline, no explanation rendered. */
  @Benchmark
  public Score linearRow() {
    return scorer.score(row);
  }
}
